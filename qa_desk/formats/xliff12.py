"""XLIFF 1.0, 1.1 and 1.2 and the tools' dialects: read trans-units (and mrk segments); write back only what changed.

Reading is liberal: anything recognisably XLIFF 1.x is read, whatever its namespace, version or
breaches of the schema; the breaches become ``doc.problems`` (``file`` issues in the report).
Writing a document read from XLIFF 1.x rebuilds only the targets of edited, re-stated or
annotated segments in a copy of its tree and splices them into the original bytes, so
everything else (other tools' extensions, alt-trans, comments, PIs, quoting) stays as it was.
States are set the way the file's tool keeps them (``xliff1_dialects``). Any other document
becomes a fresh XLIFF 1.2 file.
"""
from __future__ import annotations

from lxml import etree

from ..errors import InputError
from ..model import CLOSE, OPEN, STANDALONE, BilingualDocument, Content, Segment
from . import splice
from . import xliff1_dialects as dialects
from . import xliff_common as xc
from .xmlsafe import namespace, parse_file, write_tree

NAME = "xliff12"
EXTENSIONS = (".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".mxliff")
NS = "urn:oasis:names:tc:xliff:document:1.2"
PAIRED = frozenset({"g", "mrk"})
STATE_IN, STATE_OUT = dialects.STATE_IN, dialects.STATE_OUT
_CTYPE_2X = {"bold": ("fmt", "xlf:b"), "italic": ("fmt", "xlf:i"), "underlined": ("fmt", "xlf:u"),
             "link": ("link", None), "image": ("image", None)}


def sniff(head: bytes) -> bool:
    """XLIFF 1.x by namespace (1.1, 1.2), or an <xliff> root with trans-units or a 1.x version."""
    if NS.encode() in head or b"urn:oasis:names:tc:xliff:document:1.1" in head:
        return True
    if b"<xliff" not in head or b"urn:oasis:names:tc:xliff:document:2." in head and b"<trans-unit" not in head:
        return False
    return b"<trans-unit" in head or any(v in head for v in (b'version="1.', b"version='1."))


# ---------------------------------------------------------------- reading


def read(path: str) -> BilingualDocument:
    """Read an XLIFF file (one of the other structure goes to its own reader)."""
    from . import read_xliff
    return read_xliff(path)


def read_tree(tree, path: str, data: bytes | None = None) -> BilingualDocument:
    """A document from a parsed XLIFF 1.x tree and the bytes it came from."""
    from .validate import document_problems, family

    root = tree.getroot()
    if family(root) != "1":
        raise InputError("not an XLIFF 1.x file (root element " + str(root.tag) + ")", path, root.sourceline)
    ns = namespace(root)
    q = (lambda name: f"{{{ns}}}{name}") if ns else (lambda name: name)
    doc = BilingualDocument([], format=NAME, path=path, version=root.get("version") or "1.2", native=tree,
                            raw=data, dialect=dialects.detect(root, path))
    doc.problems = document_problems(tree)
    used: set[str] = set()
    paragraph = 0
    for number, file_el in enumerate(root.iterchildren(q("file")), 1):
        if number == 1:
            doc.source_lang = file_el.get("source-language") or _first_lang(file_el, q("source")) or "en"
            doc.target_lang = file_el.get("target-language") or _first_lang(file_el, q("target")) or "fr"
        body = file_el.find(q("body"))
        in_file: set[str] = set()
        for unit in _units(body if body is not None else file_el, q):
            base = unit.get("id") or f"tu{paragraph + 1}"
            key = xc.unit_key(base, number, used, in_file)
            segments = _segments(unit, key, paragraph, q, doc.dialect)
            doc.segments.extend(segments)
            paragraph += 1
    return doc


def _first_lang(file_el, tag) -> str | None:
    element = next(file_el.iter(tag), None)
    return element.get("{http://www.w3.org/XML/1998/namespace}lang") if element is not None else None


def _units(parent, q):
    """trans-units in document order, through groups (nested at any depth); bin-units are skipped."""
    unit_tag, group_tag, header = q("trans-unit"), q("group"), q("header")
    for child in parent:
        if child.tag == unit_tag:
            yield child
        elif child.tag == group_tag:
            yield from _units(child, q)
        elif child.tag == q("body"):
            yield from _units(child, q)
        elif child.tag != header and isinstance(child.tag, str) and len(child) and \
                next(child.iter(unit_tag), None) is not None and not child.tag.startswith(f"{{{dialects.SDL}}}"):
            yield from _units(child, q)  # a tool's wrapper element around units


def _segments(unit, key, paragraph, q, dialect):
    source = target = seg_source = None
    notes = []
    for child in unit:
        tag = child.tag
        if tag == q("source") and source is None:
            source = child
        elif tag == q("target") and target is None:
            target = child
        elif tag == q("seg-source"):
            seg_source = child
        elif tag == q("note"):
            notes.append(child)
    if source is None:
        return []  # nothing to check against; the problems name it
    notes = xc.notes_of(notes)
    defs = dialects.seg_defs(unit) if dialect == "sdlxliff" else {}
    base = {"unit": unit, "target": target, "translate": unit.get("translate") != "no"}
    mrks = _seg_marks(seg_source, q) if seg_source is not None else []
    if not mrks:
        marks: list = []
        tgt = _extract(target, marks) if target is not None else None
        state = dialects.read_state(dialect, unit, target, None, defs, bool(tgt and tgt.text.strip()))
        native = dict(base, source=source, container=target, mid=None, norm_state=state)
        return [Segment(key, _extract(source), tgt, state, list(notes), paragraph, native=native,
                        quality_marks=marks)]
    target_marks = {m.get("mid"): m for m in _seg_marks(target, q)} if target is not None else {}
    segments, mids = [], set()
    for mark in mrks:
        mid = mark.get("mid", "")
        tmark = target_marks.get(mid)
        marks = []
        tgt = _extract(tmark, marks) if tmark is not None else None
        state = dialects.read_state(dialect, unit, target, mid, defs, bool(tgt and tgt.text.strip()))
        native = dict(base, source=mark, container=tmark, mid=mid, norm_state=state)
        seg_id = xc.unique_id(f"{key}#{mid}", mids)
        segments.append(Segment(seg_id, _extract(mark), tgt, state, list(notes), paragraph, native=native,
                                quality_marks=marks))
    return segments


def _extract(element, marks: list | None = None) -> Content:
    """Content of a 1.2 element; codes with content (ph, bpt, ept, it) keep it as original data;
    ITS issue marks go to ``marks`` when given (a target's)."""
    content = xc.extract(element, NAME, PAIRED, marks=marks)
    for code in content.codes:
        el = code.native["el"]
        if code.kind == STANDALONE and isinstance(el.tag, str) and (el.text or len(el)):
            code.native["data"] = "".join(el.itertext())
    return content


def _seg_marks(element, q):
    """mrk mtype="seg" elements of a seg-source or target, at any depth (document order)."""
    return [m for m in element.iter(q("mrk")) if m.get("mtype") == "seg"]


# ---------------------------------------------------------------- writing


def write(doc: BilingualDocument, path: str, issues=None) -> None:
    """Write ``doc`` as XLIFF 1.x: in place of its own tree if it came from 1.x, else fresh 1.2."""
    if doc.format == NAME and isinstance(doc.native, etree._ElementTree):
        _write_edited(doc, path, issues)
    else:
        _write_fresh(doc, path, issues)


def _write_edited(doc, path, issues):
    grouped = xc.issues_by_segment(issues)
    todo = [s for s in doc.segments if isinstance(s.native, dict) and
            (s.modified or s.state != s.native["norm_state"] or s.id in grouped or s.quality_marks)]
    wanted = [doc.native.getroot()]
    for seg in todo:
        wanted += [e for e in (seg.native["unit"], seg.native["target"], seg.native["container"],
                               seg.native["source"]) if e is not None]
        wanted += dialects.state_elements(doc.dialect, seg.native["unit"])
    tree, twins = xc.copy_with_map(doc.native, wanted)
    changes = splice.Changes()
    root = tree.getroot()
    ns = namespace(root)
    q = (lambda name: f"{{{ns}}}{name}") if ns else (lambda name: name)
    its_on_root = xc.ITS in root.nsmap.values()
    if grouped and its_on_root and root.get(f"{{{xc.ITS}}}version") is None:
        root.set(f"{{{xc.ITS}}}version", "2.0")
        changes.attributes.append((doc.native.getroot(), root))
    make_mark = _mark_factory(q, local_its=not its_on_root)
    created: dict = {}  # original unit -> the target made for it
    for seg in todo:
        native = seg.native
        unit = twins[native["unit"]]
        target = twins.get(native["target"]) if native["target"] is not None else created.get(native["unit"])
        if target is None:
            target, index = _new_target(unit, q)
            created[native["unit"]] = target
            changes.inserted.append((native["unit"][index], unit[index], target))
        if seg.state != native["norm_state"]:
            dialects.write_state(doc.dialect, seg.state, native["unit"], native["target"], native["mid"],
                                 doc.native_states, changes, twins, created.get(native["unit"]))
        seg_issues = grouped.get(seg.id, [])
        if seg.modified or seg_issues or seg.quality_marks:  # marks as read give way to today's issues
            if native["mid"] is None or native["container"] is not None:
                container = target if native["mid"] is None else twins[native["container"]]
                original = native["target"] if native["mid"] is None else native["container"]
            else:
                container, original = _mark_container(target, native, q), native["target"]
            content = seg.target if seg.target is not None else Content("")
            xc.fill(container, content, xc.marks_for(seg_issues, len(content.text)),
                    _renderer(q, {}), make_mark)
            if original is not None and native["unit"] not in created:
                changes.contents.append((original, twins[original]))
    splice.write(doc.native, doc.raw, tree, splice.dedupe(changes), path)


def _new_target(unit, q):
    """A <target> right after <source> (or seg-source), indented like it; returns it and the anchor's index."""
    index = 0
    for n, child in enumerate(unit):
        if child.tag in (q("source"), q("seg-source")):
            index = n
    anchor = unit[index]
    target = etree.Element(q("target"))
    target.tail = anchor.tail
    anchor.addnext(target)
    return target, index


def _mark_container(target, native, q):
    """A new mrk mtype="seg" at the end of the target, for a segment the target lacked."""
    return etree.SubElement(target, q("mrk"), mtype="seg", mid=native["mid"])


def _mark_factory(q, local_its: bool):
    def make(mark: xc.Mark):
        nsmap = {"its": xc.ITS} if local_its else None
        element = etree.Element(q("mrk"), nsmap=nsmap, mtype="x-its")
        if local_its:
            element.set(f"{{{xc.ITS}}}version", "2.0")
        for key, value in mark.attrib.items():
            element.set(key, value)
        return element
    return make


def _renderer(q, used_ids):
    """Code -> element: exact copies for 1.2 codes, mapped elements for codes of other formats."""
    counter = [0]

    def new_id(code):
        if code.id:
            return code.id
        counter[0] += 1
        return xc.unique_id(f"c{counter[0]}", used_ids)

    def render(code, index, matched):
        native = code.native if isinstance(code.native, dict) else {}
        element = native.get("el")
        own = native.get("fmt") == NAME and element is not None
        if code.kind == STANDALONE:
            if own or (element is not None and not isinstance(element.tag, str)):
                return "standalone", xc.full_copy(element)
            return "standalone", _foreign_standalone(code, native, new_id(code), q)
        if matched:
            if code.kind == CLOSE:
                return "close", None
            if own:
                return "open", xc.shell_copy(element)
            return "open", _foreign_paired(code, native, new_id(code), q)
        tag = "bx" if code.kind == OPEN else "ex"
        ident = new_id(code)
        return "standalone", etree.Element(q(tag), id=f"{ident}{'' if code.kind == OPEN else 'e'}", rid=ident)

    return render


def _foreign_paired(code, native, ident, q):
    element = native.get("el")
    attrs = element.attrib if element is not None else {}
    if code.name == "mrk":
        kind = attrs.get("type", "generic")
        mtype = {"term": "term", "generic": "x-generic", "comment": "x-comment"}.get(
            kind, "x-" + kind.replace(":", "-"))
        if attrs.get("translate") == "no":
            mtype = "protected"
        new = etree.Element(q("mrk"), mtype=mtype)
        if attrs.get("value"):
            new.set("comment", attrs["value"])
        return new
    new = etree.Element(q("g"), id=ident)
    for ctype, (kind, sub) in _CTYPE_2X.items():
        if attrs.get("type") == kind and attrs.get("subType", sub) == sub:
            new.set("ctype", ctype)
            break
    return new


def _foreign_standalone(code, native, ident, q):
    data = native.get("data")
    name = code.name
    if name in ("sc", "bpt", "bx"):
        tag = "bpt" if data else "bx"
    elif name in ("ec", "ept", "ex"):
        tag = "ept" if data else "ex"
    else:
        tag = "ph" if data else "x"
    new = etree.Element(q(tag), id=ident)
    if tag in ("bx", "ex", "bpt", "ept") and native.get("rid"):
        new.set("rid", native["rid"])
    if name in ("sm", "em"):
        new.set("ctype", f"x-{name}")
    if data:
        new.text = data
    return new


def _write_fresh(doc, path, issues):
    grouped = xc.issues_by_segment(issues)
    nsmap = {None: NS}
    if grouped:
        nsmap["its"] = xc.ITS
    root = etree.Element(f"{{{NS}}}xliff", nsmap=nsmap, version="1.2")
    if grouped:
        root.set(f"{{{xc.ITS}}}version", "2.0")
    q = lambda name: f"{{{NS}}}{name}"  # noqa: E731
    original = xc.file_name_attr(doc.path, "qa-desk")
    file_el = etree.SubElement(root, q("file"), {"original": original, "source-language": doc.source_lang,
                                                 "target-language": doc.target_lang, "datatype": "plaintext"})
    body = etree.SubElement(file_el, q("body"))
    make_mark = _mark_factory(q, local_its=False)
    used: set[str] = set()
    # numbered as the fresh 2.1 file: one group per unit u1, u2..., one trans-unit per segment
    # "u1/s1" (what the 2.1 reader calls its segments), so both exports read back alike
    for number, segments in enumerate(xc.group_units(doc.segments), 1):
        group_id = xc.unique_id(f"u{number}", used)
        group = etree.SubElement(body, q("group"), id=group_id)
        for index, seg in enumerate(segments, 1):
            _fresh_unit(group, seg, xc.unique_id(f"{group_id}/s{index}", used), grouped, make_mark, q)
        _indent(group, 3)
    for depth, element in ((2, body), (1, file_el), (0, root)):
        _indent(element, depth)
    write_tree(etree.ElementTree(root), path)


def _fresh_unit(group, seg, unit_id, grouped, make_mark, q) -> None:
    unit = etree.SubElement(group, q("trans-unit"), id=unit_id)
    if seg.id:
        unit.set("resname", seg.id)
    source = etree.SubElement(unit, q("source"))
    xc.fill(source, seg.source, [], _renderer(q, set()), make_mark)
    seg_issues = grouped.get(seg.id, [])
    if seg.target is not None or seg_issues:
        target = etree.SubElement(unit, q("target"), state=STATE_OUT.get(seg.state, "translated"))
        content = seg.target if seg.target is not None else Content("")
        xc.fill(target, content, xc.marks_for(seg_issues, len(content.text)), _renderer(q, set()),
                make_mark)
    for note in seg.notes:
        etree.SubElement(unit, q("note")).text = note
    _indent(unit, 4)


def _indent(element, depth):
    """Line breaks between structural elements only: inline whitespace is content."""
    inner = "\n" + " " * (depth + 1)
    element.text = inner
    for child in element:
        child.tail = inner
    if len(element):
        element[-1].tail = "\n" + " " * depth

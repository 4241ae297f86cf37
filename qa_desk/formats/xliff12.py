"""XLIFF 1.2: read trans-units (and mrk segments) into segments; write back only what changed.

Writing a document read from XLIFF 1.2 deep-copies its tree and rebuilds
only the targets of edited, re-stated or annotated segments, so everything
else (other tools' extensions, alt-trans, comments, PIs) stays as it was.
Any other document becomes a fresh XLIFF 1.2 file.
"""
from __future__ import annotations

from lxml import etree

from ..errors import InputError
from ..model import CLOSE, OPEN, STANDALONE, BilingualDocument, Content, Segment
from . import xliff_common as xc
from .xmlsafe import local_name, namespace, parse_xml, write_tree

NAME = "xliff12"
EXTENSIONS = (".xlf", ".xliff", ".sdlxliff", ".mqxliff")
NS = "urn:oasis:names:tc:xliff:document:1.2"
PAIRED = frozenset({"g", "mrk"})
STATE_IN = {"new": "initial", "needs-translation": "initial", "needs-adaptation": "initial",
            "needs-l10n": "initial", "needs-review-translation": "translated",
            "needs-review-adaptation": "translated", "needs-review-l10n": "translated",
            "translated": "translated", "signed-off": "reviewed", "final": "final"}
STATE_OUT = {"initial": "needs-translation", "translated": "translated", "reviewed": "signed-off",
             "final": "final"}
_CTYPE_2X = {"bold": ("fmt", "xlf:b"), "italic": ("fmt", "xlf:i"), "underlined": ("fmt", "xlf:u"),
             "link": ("link", None), "image": ("image", None)}


def sniff(head: bytes) -> bool:
    """XLIFF 1.2 by namespace, or a namespace-less <xliff version="1.2">."""
    if NS.encode() in head:
        return True
    return b"<xliff" in head and (b'version="1.2"' in head or b"version='1.2'" in head)


# ---------------------------------------------------------------- reading


def read(path: str) -> BilingualDocument:
    with xc.paused_gc():
        return _read(path)


def _read(path: str) -> BilingualDocument:
    tree = parse_xml(path)
    root = tree.getroot()
    ns = namespace(root)
    if local_name(root) != "xliff" or ns not in (NS, ""):
        raise InputError(f"not an XLIFF 1.2 file (root element {root.tag})", path, root.sourceline)
    if root.get("version", "1.2") != "1.2":
        raise InputError(f"unsupported XLIFF version {root.get('version')!r} (expected 1.2)", path,
                         root.sourceline)
    q = (lambda name: f"{{{ns}}}{name}") if ns else (lambda name: name)
    files = root.findall(q("file"))
    if not files:
        raise InputError("XLIFF 1.2 file without any <file> element", path, root.sourceline)
    doc = BilingualDocument([], format=NAME, path=path, version="1.2", native=tree)
    used: set[str] = set()
    paragraph = 0
    for number, file_el in enumerate(files, 1):
        for attr in ("original", "source-language", "datatype"):
            if file_el.get(attr) is None:
                raise InputError(f"<file> lacks the required attribute {attr}", path, file_el.sourceline)
        if number == 1:
            doc.source_lang = file_el.get("source-language")
            doc.target_lang = file_el.get("target-language") or doc.target_lang
        body = file_el.find(q("body"))
        if body is None:
            raise InputError("<file> without <body>", path, file_el.sourceline)
        ids_in_file: set[str] = set()
        for unit in _units(body, q("group"), q("trans-unit")):
            unit_id = unit.get("id")
            if not unit_id:
                raise InputError("<trans-unit> without id", path, unit.sourceline)
            if unit_id in ids_in_file:
                raise InputError(f"duplicate trans-unit id {unit_id!r}", path, unit.sourceline)
            ids_in_file.add(unit_id)
            key = unit_id if unit_id not in used else f"f{number}:{unit_id}"
            used.add(key)
            doc.segments.extend(_segments(unit, key, paragraph, q, path))
            paragraph += 1
    return doc


def _units(parent, group_tag, unit_tag):
    for child in parent:
        if child.tag == unit_tag:
            yield child
        elif child.tag == group_tag:
            yield from _units(child, group_tag, unit_tag)


def _segments(unit, key, paragraph, q, path):
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
        raise InputError(f"<trans-unit> {unit.get('id')!r} without <source>", path, unit.sourceline)
    notes = xc.notes_of(notes)
    raw_state = target.get("state") if target is not None else None
    base = {"unit": unit, "target": target, "state": raw_state, "translate": unit.get("translate") != "no"}
    mrks = _seg_marks(seg_source, q) if seg_source is not None else []
    extract = _extract
    if not mrks:
        tgt = extract(target) if target is not None else None
        state = _state(raw_state, tgt, unit)
        native = dict(base, source=source, container=target, mid=None, norm_state=state)
        return [Segment(key, extract(source), tgt, state, list(notes), paragraph,
                        native=native)]
    target_marks = {m.get("mid"): m for m in _seg_marks(target, q)} if target is not None else {}
    segments = []
    for mark in mrks:
        mid = mark.get("mid", "")
        tmark = target_marks.get(mid)
        tgt = extract(tmark) if tmark is not None else None
        state = _state(raw_state, tgt, unit)
        native = dict(base, source=mark, container=tmark, mid=mid, norm_state=state)
        segments.append(Segment(f"{key}#{mid}", extract(mark), tgt, state, list(notes),
                                paragraph, native=native))
    return segments


def _extract(element) -> Content:
    """Content of a 1.2 element; codes with content (ph, bpt, ept, it) keep it as original data."""
    content = xc.extract(element, NAME, PAIRED)
    for code in content.codes:
        el = code.native["el"]
        if code.kind == STANDALONE and isinstance(el.tag, str) and (el.text or len(el)):
            code.native["data"] = "".join(el.itertext())
    return content


def _seg_marks(element, q):
    """mrk mtype="seg" elements of a seg-source or target, at any depth (document order)."""
    return [m for m in element.iter(q("mrk")) if m.get("mtype") == "seg"]


def _state(raw, target, unit) -> str:
    if raw in STATE_IN:
        state = STATE_IN[raw]
    else:
        state = "translated" if target is not None and target.text.strip() else "initial"
    if unit.get("approved") == "yes" and state in ("initial", "translated"):
        state = "reviewed"
    return state


# ---------------------------------------------------------------- writing


def write(doc: BilingualDocument, path: str, issues=None) -> None:
    """Write ``doc`` as XLIFF 1.2: in place of its own tree if it came from 1.2, else fresh."""
    if doc.format == NAME and isinstance(doc.native, etree._ElementTree):
        _write_edited(doc, path, issues)
    else:
        _write_fresh(doc, path, issues)


def _write_edited(doc, path, issues):
    grouped = xc.issues_by_segment(issues)
    todo = [s for s in doc.segments if isinstance(s.native, dict) and
            (s.modified or s.state != s.native["norm_state"] or s.id in grouped)]
    wanted = []
    for seg in todo:
        wanted += [e for e in (seg.native["unit"], seg.native["target"], seg.native["container"],
                               seg.native["source"]) if e is not None]
    tree, twins = xc.copy_with_map(doc.native, wanted)
    root = tree.getroot()
    ns = namespace(root)
    q = (lambda name: f"{{{ns}}}{name}") if ns else (lambda name: name)
    its_on_root = xc.ITS in root.nsmap.values()
    if grouped and its_on_root and root.get(f"{{{xc.ITS}}}version") is None:
        root.set(f"{{{xc.ITS}}}version", "2.0")
    make_mark = _mark_factory(q, local_its=not its_on_root)
    for seg in todo:
        native = seg.native
        unit = twins[native["unit"]]
        target = twins.get(native["target"]) if native["target"] is not None else None
        if target is None:
            target = _new_target(unit, twins[native["source"]] if native["mid"] is None else None, q)
        if seg.state != native["norm_state"]:
            target.set("state", STATE_OUT.get(seg.state, "translated"))
        seg_issues = grouped.get(seg.id, [])
        if seg.modified or seg_issues:
            container = target if native["mid"] is None else _mark_container(target, native, twins, q)
            content = seg.target if seg.target is not None else Content("")
            xc.fill(container, content, xc.marks_for(seg_issues, len(content.text)),
                    _renderer(q, {}), make_mark)
    write_tree(tree, path)


def _new_target(unit, source, q):
    """A <target> right after <source> (or after seg-source), indented like the source."""
    anchor = None
    for child in unit:
        if child.tag in (q("source"), q("seg-source")):
            anchor = child
    target = etree.Element(q("target"))
    anchor = anchor if anchor is not None else source
    if anchor is not None:
        target.tail = anchor.tail
        anchor.addnext(target)
    else:
        unit.insert(0, target)
    return target


def _mark_container(target, native, twins, q):
    if native["container"] is not None:
        return twins[native["container"]]
    mark = etree.SubElement(target, q("mrk"), mtype="seg", mid=native["mid"])
    return mark


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
    for seg in doc.segments:
        unit = etree.SubElement(body, q("trans-unit"), id=xc.unique_id(seg.id or "s", used))
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
        _indent(unit, 3)
    for depth, element in ((2, body), (1, file_el), (0, root)):
        _indent(element, depth)
    write_tree(etree.ElementTree(root), path)


def _indent(element, depth):
    """Line breaks between structural elements only: inline whitespace is content."""
    inner = "\n" + " " * (depth + 1)
    element.text = inner
    for child in element:
        child.tail = inner
    if len(element):
        element[-1].tail = "\n" + " " * depth

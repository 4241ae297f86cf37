"""XLIFF 2.0/2.1/2.2: read unit segments; write back only what changed, or a fresh 2.1 file.

Reading is liberal: a file that breaks the schemas or the constraints of ``xliff2_rules`` is
read all the same, its breaches in ``doc.problems`` (``file`` issues in the report). Writing a
document read from 2.x rebuilds only the targets of edited, re-stated or annotated segments in a
copy of the tree and splices them into the original bytes.
"""
from __future__ import annotations

from lxml import etree

from ..errors import InputError
from ..model import CLOSE, OPEN, STANDALONE, STATES, BilingualDocument, Content, Segment
from . import splice
from . import xliff_common as xc
from .validate import NS20
from .xmlsafe import namespace, parse_file, write_tree

NAME = "xliff2"
EXTENSIONS = (".xlf", ".xliff")
PAIRED = frozenset({"pc", "mrk"})
_TYPE_12 = {"bold": ("fmt", "xlf:b"), "italic": ("fmt", "xlf:i"), "underlined": ("fmt", "xlf:u"),
            "link": ("link", None), "image": ("image", None)}


def sniff(head: bytes) -> bool:
    return b"urn:oasis:names:tc:xliff:document:2." in head


# ---------------------------------------------------------------- reading


def read(path: str) -> BilingualDocument:
    """Read an XLIFF file (one of the other structure goes to its own reader)."""
    from . import read_xliff
    return read_xliff(path)


def read_tree(tree, path: str, data: bytes | None = None) -> BilingualDocument:
    """A document from a parsed XLIFF 2.x tree and the bytes it came from."""
    from .validate import document_problems, family

    root = tree.getroot()
    if family(root) != "2":
        raise InputError("not an XLIFF 2.x file (root element " + str(root.tag) + ")", path, root.sourceline)
    ns = namespace(root)
    doc = BilingualDocument([], source_lang=root.get("srcLang") or "en", format=NAME, path=path,
                            version=root.get("version") or "2.1", native=tree, raw=data)
    doc.target_lang = root.get("trgLang") or doc.target_lang
    doc.problems = document_problems(tree)
    reader = _Reader(ns, doc)
    for number, file_el in enumerate(root.iterchildren(f"{{{ns}}}file" if ns else "file"), 1):
        reader.number, reader.in_file = number, set()
        reader.walk(file_el, reader.notes(file_el))
    return doc


class _Reader:
    def __init__(self, ns: str, doc: BilingualDocument):
        self.q = (lambda name: f"{{{ns}}}{name}") if ns else (lambda name: name)
        self.doc = doc
        self.used: set[str] = set()
        self.paragraph = 0
        self.number = 1
        self.in_file: set[str] = set()
        q = self.q
        self.t_unit, self.t_group, self.t_notes = q("unit"), q("group"), q("notes")
        self.t_segment, self.t_source, self.t_target = q("segment"), q("source"), q("target")
        self.t_original = q("originalData")

    def notes(self, element) -> list[str]:
        for child in element:
            if child.tag == self.t_notes:
                return xc.notes_of(child.iterchildren(self.q("note")))
        return []

    def walk(self, parent, inherited: list[str]) -> None:
        for child in parent:
            tag = child.tag
            if tag == self.t_unit:
                self.unit(child, inherited)
            elif tag == self.t_group:
                self.walk(child, inherited + self.notes(child))

    def unit(self, unit, notes: list[str]) -> None:
        key = unit.get("id") or f"u{self.paragraph + 1}"
        key = xc.unit_key(key, self.number, self.used, self.in_file)
        data = {}
        parts = []
        for child in unit:
            tag = child.tag
            if tag == self.t_segment:
                parts.append(child)
            elif tag == self.t_notes:
                notes = notes + xc.notes_of(child.iterchildren(self.q("note")))
            elif tag == self.t_original:
                data = {d.get("id"): "".join(d.itertext()) for d in child.iterchildren(self.q("data"))}
        part_ids: set[str] = set()
        for index, part in enumerate(parts, 1):
            source = target = None
            for child in part:
                if child.tag == self.t_source:
                    source = child
                elif child.tag == self.t_target:
                    target = child
            src = self.content(source, data) if source is not None else Content("")
            marks: list = []
            tgt = self.content(target, data, marks) if target is not None else None
            state = part.get("state", "initial")
            state = state if state in STATES else "initial"
            native = {"unit": unit, "segment": part, "source": source, "target": target, "norm_state": state}
            seg_id = xc.unique_id(f"{key}/{part.get('id') or index}", part_ids)
            self.doc.segments.append(Segment(seg_id, src, tgt, state, list(notes), self.paragraph,
                                             native=native, quality_marks=marks))
        self.paragraph += 1

    @staticmethod
    def content(element, data: dict, marks: list | None = None) -> Content:
        content = xc.extract(element, NAME, PAIRED, char_code="cp", marks=marks)
        if data:
            for code in content.codes:
                el = code.native["el"]
                ref = el.get("dataRef") or (el.get("dataRefStart") if code.kind != CLOSE else el.get("dataRefEnd"))
                if ref in data:
                    code.native = dict(code.native, data=data[ref])
        return content


# ---------------------------------------------------------------- writing


def write(doc: BilingualDocument, path: str, issues=None) -> None:
    """Write ``doc`` as XLIFF 2: in place of its own tree if it came from 2.x, else fresh 2.1."""
    if doc.format == NAME and isinstance(doc.native, etree._ElementTree):
        _write_edited(doc, path, issues)
    else:
        _write_fresh(doc, path, issues)


def _write_edited(doc, path, issues):
    grouped = xc.issues_by_segment(issues)
    todo = [s for s in doc.segments if isinstance(s.native, dict) and
            (s.modified or s.state != s.native["norm_state"] or s.id in grouped or s.quality_marks)]
    wanted = [doc.native.getroot()]
    wanted += [e for s in todo for e in (s.native["unit"], s.native["segment"], s.native["source"],
                                         s.native["target"]) if e is not None]
    tree, twins = xc.copy_with_map(doc.native, wanted)
    changes = splice.Changes()
    root = tree.getroot()
    ns = namespace(root)
    q = (lambda name: f"{{{ns}}}{name}") if ns else (lambda name: name)
    its_on_root = xc.ITS in root.nsmap.values()
    if grouped and its_on_root and root.get(f"{{{xc.ITS}}}version") is None:
        root.set(f"{{{xc.ITS}}}version", "2.0")
        changes.attributes.append((doc.native.getroot(), root))
    unit_ids: dict = {}
    native_state = doc.native_states.get(NAME)
    for seg in todo:
        native = seg.native
        unit, segment = twins[native["unit"]], twins[native["segment"]]
        if native["unit"] not in unit_ids:
            unit_ids[native["unit"]] = {e.get("id") for e in unit.iter() if isinstance(e.tag, str) and e.get("id")}
        used = unit_ids[native["unit"]]
        if seg.state != native["norm_state"]:
            segment.set("state", native_state or seg.state)
            if not (segment.get("subState") or "qa-desk:").startswith("qa-desk:"):
                del segment.attrib["subState"]  # another tool's refinement of the old state
            changes.attributes.append((native["segment"], segment))
        seg_issues = grouped.get(seg.id, [])
        if not (seg.modified or seg_issues or seg.quality_marks):  # marks as read give way to today's
            continue
        if seg.modified:
            segment.set("state", native_state or seg.state)
            segment.set("subState", "qa-desk:edited")
            changes.attributes.append((native["segment"], segment))
        target = twins.get(native["target"]) if native["target"] is not None else None
        if target is None:
            target = etree.Element(q("target"))
            source = twins[native["source"]]
            target.tail = source.tail
            source.addnext(target)
            changes.inserted.append((native["source"], source, target))
        else:
            changes.contents.append((native["target"], target))
        content = seg.target if seg.target is not None else Content("")
        xc.fill(target, content, xc.marks_for(seg_issues, len(content.text)), _renderer(q, used, None),
                _mark_factory(q, used, local_its=not its_on_root), _cp(q))
    splice.write(doc.native, doc.raw, tree, splice.dedupe(changes), path)


def _cp(q):
    return lambda char: etree.Element(q("cp"), hex=f"{ord(char):04X}")


def _mark_factory(q, used: set[str], local_its: bool):
    def make(mark: xc.Mark):
        nsmap = {"its": xc.ITS} if local_its else None
        element = etree.Element(q("mrk"), nsmap=nsmap, id=xc.unique_id("qa1", used), type="its:generic")
        if local_its:
            element.set(f"{{{xc.ITS}}}version", "2.0")
        for key, value in mark.attrib.items():
            element.set(key, value)
        return element
    return make


def _renderer(q, used: set[str], data_sink):
    """Code -> element: exact copies for 2.x codes, mapped ones for other formats' codes.

    ``data_sink(text) -> data id`` stores original data (fresh files); None drops it.
    """
    pairs: dict[str, str] = {}  # pairing key of a foreign start code -> its sc id

    def ident(code, prefix="c"):
        base = xc.nmtoken(code.id, prefix)
        if base in used and code.kind != CLOSE:
            base = xc.unique_id(base, used)
        used.add(base)
        return base

    def render(code, index, matched):
        native = code.native if isinstance(code.native, dict) else {}
        element = native.get("el")
        own = native.get("fmt") == NAME and element is not None
        if code.kind == STANDALONE and element is not None and (own or not isinstance(element.tag, str)):
            return "standalone", xc.full_copy(element)
        if matched and code.kind == CLOSE:
            return "close", None
        if matched and own:
            return "open", xc.shell_copy(element)
        if matched:
            return "open", _foreign_paired(code, element, ident(code, "m" if code.name == "mrk" else "c"), q)
        return "standalone", _foreign_standalone(code, native, element, q, ident, pairs, data_sink)

    return render


def _foreign_paired(code, element, ident, q):
    attrs = element.attrib if element is not None else {}
    if code.name == "mrk":
        new = etree.Element(q("mrk"), id=ident)
        mtype = attrs.get("mtype", "")
        if mtype == "term":
            new.set("type", "term")
        elif mtype == "protected":
            new.set("translate", "no")
        elif attrs.get("comment"):
            new.set("type", "comment")
            new.set("value", attrs["comment"])
        return new
    new = etree.Element(q("pc"), id=ident)
    kind = _TYPE_12.get(attrs.get("ctype", ""))
    if kind:
        new.set("type", kind[0])
        if kind[1]:
            new.set("subType", kind[1])
    return new


def _foreign_standalone(code, native, element, q, ident, pairs, data_sink):
    name = code.name
    attrs = element.attrib if element is not None and isinstance(element.tag, str) else {}
    key = attrs.get("rid") or attrs.get("i") or code.id
    data = native.get("data")
    starts = name in ("sc", "bx", "bpt") or (name == "it" and attrs.get("pos") == "open") or code.kind == OPEN
    ends = name in ("ec", "ex", "ept") or (name == "it" and attrs.get("pos") == "close") or code.kind == CLOSE
    if starts:
        new = etree.Element(q("sc"), id=ident(code))
        if name != "it" and code.kind != OPEN:
            pairs[key] = new.get("id")
        new.set("isolated", "yes")  # cleared by _fix_isolation when its ec follows
    elif ends:
        start = pairs.pop(key, None)
        if start is not None:
            new = etree.Element(q("ec"), startRef=start)
        else:
            new = etree.Element(q("ec"), id=ident(code), isolated="yes")
    else:
        new = etree.Element(q("ph"), id=ident(code))
    if data and data_sink is not None:
        new.set("dataRef", data_sink(data))
    return new


def _fix_isolation(unit, q) -> None:
    """sc elements whose ec is in the unit are not isolated."""
    closed = {ec.get("startRef") for ec in unit.iter(q("ec")) if ec.get("startRef")}
    for sc in unit.iter(q("sc")):
        if sc.get("id") in closed and sc.get("isolated") == "yes":
            del sc.attrib["isolated"]


def _write_fresh(doc, path, issues):
    grouped = xc.issues_by_segment(issues)
    nsmap = {None: NS20}
    if grouped:
        nsmap["its"] = xc.ITS
    root = etree.Element(f"{{{NS20}}}xliff", nsmap=nsmap, version="2.1", srcLang=doc.source_lang,
                         trgLang=doc.target_lang)
    if grouped:
        root.set(f"{{{xc.ITS}}}version", "2.0")
    q = lambda name: f"{{{NS20}}}{name}"  # noqa: E731
    file_el = etree.SubElement(root, q("file"), id="f1")
    if doc.path:
        file_el.set("original", xc.file_name_attr(doc.path))
    unit_ids: set[str] = set()
    for number, segments in enumerate(xc.group_units(doc.segments), 1):
        unit = etree.SubElement(file_el, q("unit"), id=xc.unique_id(f"u{number}", unit_ids))
        unit.set("name", segments[0].id.split("#")[0])
        _fresh_unit(unit, segments, grouped, q)
        _fix_isolation(unit, q)
        _indent(unit, 2)
    _indent(file_el, 1)
    _indent(root, 0)
    write_tree(etree.ElementTree(root), path)


def _fresh_unit(unit, segments, grouped, q) -> None:
    notes = list(dict.fromkeys(n for s in segments for n in s.notes))
    if notes:
        notes_el = etree.SubElement(unit, q("notes"))
        for text in notes:
            etree.SubElement(notes_el, q("note")).text = text
        _indent(notes_el, 3)
    original = etree.Element(q("originalData"))

    known: dict[str, str] = {}

    def data_sink(text):
        if text not in known:
            known[text] = f"d{len(original) + 1}"
            etree.SubElement(original, q("data"), id=known[text]).text = text
        return known[text]

    used: set[str] = set()
    for number, seg in enumerate(segments, 1):
        part = etree.SubElement(unit, q("segment"), id=xc.unique_id(f"s{number}", used), state=seg.state)
        if seg.modified:
            part.set("subState", "qa-desk:edited")
        source_ids = set(used)
        xc.fill(etree.SubElement(part, q("source")), seg.source, [], _renderer(q, source_ids, data_sink),
                None, _cp(q))
        seg_issues = grouped.get(seg.id, [])
        if seg.target is not None or seg_issues:
            content = seg.target if seg.target is not None else Content("")
            target_ids = set(used)
            mark_ids = source_ids | target_ids
            xc.fill(etree.SubElement(part, q("target")), content, xc.marks_for(seg_issues, len(content.text)),
                    _renderer(q, target_ids, data_sink), _mark_factory(q, mark_ids, False), _cp(q))
            used |= target_ids | mark_ids
        used |= source_ids
        _indent(part, 3)
    if len(original):
        _indent(original, 3)
        unit.insert(1 if unit.find(q("notes")) is not None else 0, original)


def _indent(element, depth):
    """Line breaks between structural elements only: inline whitespace is content."""
    inner = "\n" + " " * (depth + 1)
    element.text = inner
    for child in element:
        child.tail = inner
    if len(element):
        element[-1].tail = "\n" + " " * depth

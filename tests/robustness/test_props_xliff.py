"""Round trips proven by properties on generated XLIFF 1.2 and 2.x documents.

Documents mix the Unicode that breaks tools (bidi marks, emoji with joiners,
combining accents, no-break spaces, markup characters), random inline codes
(nested paired codes, placeholders, isolated starts and ends, codes with
content), notes, groups and comments. Read then write must be canonically
identical; a fix (Content.replace_span) on one target must change that
target's text and nothing else.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from qa_desk.formats import read_bilingual, write_document
from qa_desk.model import CLOSE, OPEN, Code, Content
from qa_desk.formats.xmlsafe import c14n, parse_xml

NS12 = "urn:oasis:names:tc:xliff:document:1.2"
NS20 = "urn:oasis:names:tc:xliff:document:2.0"
PROPS = settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example,
                                                                       HealthCheck.function_scoped_fixture])
TRICKY = ["\u202e", "\u202c", "\u200f", "\u200e", "\u2066", "\u2069", "e\u0301", "Zoe\u0308", "👩🏽‍⚖️", "🦄", "\u00a0",
          "\u202f", "\u200b", "\u00ad", "&", "<", ">", "\"", "'", "  ", "\t", "\n", "Ωμέγα", "東京", "ﬁ", "ǅ"]
XML_CHARS = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
TEXT = st.lists(st.one_of(st.text(XML_CHARS, max_size=6), st.sampled_from(TRICKY)), max_size=4).map("".join)

# strategies built once: building one per draw costs more than the whole round trip
BOOL = st.booleans()
COUNT = {n: st.integers(0, n) for n in range(1, 8)}
RANGE = {(a, b): st.integers(a, b) for a in (0, 1) for b in range(1, 8)}
KIND12 = st.sampled_from(["g", "x", "bxex", "ph", "bptept", "mrk", "none"])
KIND2 = st.sampled_from(["pc", "mrk", "ph", "scec", "cp", "none"])
MTYPE = st.sampled_from(["x-term", "protected"])
CODE_DATA = st.sampled_from(["<b>", "</b>", "{0}", "&amp;", "%s", "<br/>"])
COMMENT = st.sampled_from([" kept ", " a -comment- ", ""])
STATE12 = st.sampled_from([None, "new", "translated", "signed-off", "final", "x-tool"])
STATE2 = st.sampled_from([None, "initial", "translated", "reviewed", "final"])
TRANSLATE = st.sampled_from(["yes", "no"])
CP = st.sampled_from(["0007", "001B", "0001", "FFFE"])


def pick_index(draw, items) -> int:
    return draw(COUNT[min(len(items) - 1, 7)]) if len(items) > 1 else 0


class Ids:
    """Unique ids for one generated document (hypothesis draws the shapes, not the ids).

    Helpers below take ``draw`` and build lxml elements directly: elements handed
    to strategies as arguments would be walked by hypothesis (slow).
    """

    def __init__(self):
        self.n = 0

    def __call__(self, prefix="c") -> str:
        self.n += 1
        return f"{prefix}{self.n}"


def _append_text(parent, text: str) -> None:
    if not text:
        return
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def inline12(draw, parent, ids, depth=0):
    """Mixed content of an XLIFF 1.2 source/target: text and g, x, bx/ex, ph, bpt/ept, mrk."""
    for _ in range(draw(COUNT[4])):
        _append_text(parent, draw(TEXT))
        kind = draw(KIND12)
        q = lambda name: f"{{{NS12}}}{name}"  # noqa: E731
        if kind in ("g", "mrk") and depth < 3:
            attrs = {"id": ids()} if kind == "g" else {"mtype": draw(MTYPE)}
            child = etree.SubElement(parent, q(kind), attrs)
            inline12(draw, child, ids, depth + 1)
        elif kind == "x":
            etree.SubElement(parent, q("x"), id=ids())
        elif kind == "bxex":
            rid = ids("r")
            etree.SubElement(parent, q("bx"), id=ids(), rid=rid)
            _append_text(parent, draw(TEXT))
            etree.SubElement(parent, q("ex"), id=ids(), rid=rid)
        elif kind in ("ph", "bptept"):
            tags = ("ph",) if kind == "ph" else ("bpt", "ept")
            rid = ids("r")
            for tag in tags:
                code = etree.SubElement(parent, q(tag), id=ids(), **({"rid": rid} if tag != "ph" else {}))
                code.text = draw(CODE_DATA)
                _append_text(parent, draw(TEXT) if tag == "bpt" else "")
    _append_text(parent, draw(TEXT))


def unit_places(draw, ids, q, containers: list, wanted: int):
    """Where each of ``wanted`` units goes: a container drawn among the file's body and the groups
    opened so far (a group is opened now and then instead of a unit)."""
    units = 0
    while units < wanted:
        where = containers[pick_index(draw, containers)]
        if draw(COUNT[5]) == 0:
            containers.append(etree.SubElement(where, q("group"), id=ids("g")))
            continue
        units += 1
        yield where


@st.composite
def xliff12_documents(draw) -> bytes:
    ids = Ids()
    q = lambda name: f"{{{NS12}}}{name}"  # noqa: E731
    root = etree.Element(q("xliff"), nsmap={None: NS12}, version="1.2")
    for f in range(draw(RANGE[1, 2])):
        file_el = etree.SubElement(root, q("file"), {"original": f"f{f}.txt", "source-language": "en",
                                                     "target-language": "fr", "datatype": "plaintext"})
        body = etree.SubElement(file_el, q("body"))
        for where in unit_places(draw, ids, q, [body], draw(RANGE[1, 5])):
            if draw(BOOL):
                where.append(etree.Comment(draw(COMMENT)))
            unit = etree.SubElement(where, q("trans-unit"), id=ids("u"))
            if draw(BOOL):
                unit.set("approved", "yes")
            inline12(draw, etree.SubElement(unit, q("source")), ids)
            if draw(COUNT[4]):
                target = etree.SubElement(unit, q("target"))
                state = draw(STATE12)
                if state:
                    target.set("state", state)
                inline12(draw, target, ids)
            for _ in range(draw(COUNT[2])):
                etree.SubElement(unit, q("note")).text = draw(TEXT) or "n"
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def inline2(draw, parent, ids, depth=0):
    """Mixed content of an XLIFF 2 source/target: text and pc, ph, sc/ec pairs, cp, mrk."""
    q = lambda name: f"{{{NS20}}}{name}"  # noqa: E731
    for _ in range(draw(COUNT[4])):
        _append_text(parent, draw(TEXT))
        kind = draw(KIND2)
        if kind in ("pc", "mrk") and depth < 3:
            attrs = {"id": ids("m" if kind == "mrk" else "c")}
            if kind == "mrk":
                attrs["translate"] = draw(TRANSLATE)
            child = etree.SubElement(parent, q(kind), attrs)
            inline2(draw, child, ids, depth + 1)
        elif kind == "ph":
            etree.SubElement(parent, q("ph"), id=ids())
        elif kind == "scec" and depth == 0:
            start = ids()
            etree.SubElement(parent, q("sc"), id=start)
            _append_text(parent, draw(TEXT))
            etree.SubElement(parent, q("ec"), startRef=start)
        elif kind == "cp":
            etree.SubElement(parent, q("cp"), hex=draw(CP))
    _append_text(parent, draw(TEXT))


@st.composite
def xliff2_documents(draw) -> bytes:
    ids = Ids()
    q = lambda name: f"{{{NS20}}}{name}"  # noqa: E731
    root = etree.Element(q("xliff"), nsmap={None: NS20}, version="2.1", srcLang="en", trgLang="fr")
    file_el = etree.SubElement(root, q("file"), id="f1")
    containers = [file_el]  # unit_places adds the groups it opens
    for where in unit_places(draw, ids, q, containers, draw(RANGE[1, 4])):
        unit = etree.SubElement(where, q("unit"), id=ids("u"))
        if draw(BOOL):
            notes = etree.SubElement(unit, q("notes"))
            for _ in range(draw(RANGE[1, 2])):
                etree.SubElement(notes, q("note")).text = draw(TEXT) or "n"
        for _ in range(draw(RANGE[1, 3])):
            segment = etree.SubElement(unit, q("segment"), id=ids("s"))
            state = draw(STATE2)
            if state:
                segment.set("state", state)
            inline2(draw, etree.SubElement(segment, q("source")), ids)
            if draw(COUNT[4]):
                inline2(draw, etree.SubElement(segment, q("target")), ids)
    for group in containers[1:]:
        if not len(group):
            etree.SubElement(group, q("unit"), id=ids("u")).append(_minimal_segment(q))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _minimal_segment(q):
    segment = etree.Element(q("segment"))
    etree.SubElement(segment, q("source")).text = "x"
    return segment


def _write_and_read(tmp_path, data: bytes):
    src = tmp_path / "in.xlf"
    src.write_bytes(data)
    return src, read_bilingual(src)


def _round_trip(tmp_path, data):
    src, doc = _write_and_read(tmp_path, data)
    out = tmp_path / "out.xlf"
    write_document(doc, out)
    assert c14n(parse_xml(str(out))) == c14n(parse_xml(str(src)))


@PROPS
@given(xliff12_documents())
def test_xliff12_read_write_is_canonically_identical(tmp_path, data):
    _round_trip(tmp_path, data)


@PROPS
@given(xliff2_documents())
def test_xliff2_read_write_is_canonically_identical(tmp_path, data):
    _round_trip(tmp_path, data)


def _fix_changes_only_its_target(tmp_path, data, pick, span, new):
    src, doc = _write_and_read(tmp_path, data)
    candidates = [s for s in doc.segments if s.target is not None]
    if not candidates:
        return
    seg = candidates[pick % len(candidates)]
    length = len(seg.target.text)
    start = span[0] % (length + 1)
    end = start + span[1] % (length - start + 1)
    expected = seg.target.replace_span(start, end, new)
    seg.target = expected
    out = tmp_path / "out.xlf"
    write_document(doc, out)
    again = read_bilingual(out)
    assert [s.id for s in again.segments] == [s.id for s in doc.segments]
    for old, new_seg in zip(read_bilingual(src).segments, again.segments):
        if new_seg.id == seg.id:
            assert new_seg.target.text == expected.text
            assert [(c.kind, c.name, c.pos) for c in new_seg.target.codes] == \
                   [(c.kind, c.name, c.pos) for c in expected.codes]
        else:
            assert new_seg.target_text == old.target_text
            assert new_seg.target is None or new_seg.target.markup() == old.target.markup()
        assert new_seg.source.markup() == old.source.markup()
        assert new_seg.notes == old.notes


SPAN = st.tuples(st.integers(0, 200), st.integers(0, 200))
NEW_TEXT = st.one_of(st.just(""), TEXT)


@PROPS
@given(xliff12_documents(), st.integers(0, 50), SPAN, NEW_TEXT)
def test_xliff12_fix_changes_only_the_text_it_targets(tmp_path, data, pick, span, new):
    _fix_changes_only_its_target(tmp_path, data, pick, span, new)


@PROPS
@given(xliff2_documents(), st.integers(0, 50), SPAN, NEW_TEXT)
def test_xliff2_fix_changes_only_the_text_it_targets(tmp_path, data, pick, span, new):
    _fix_changes_only_its_target(tmp_path, data, pick, span, new)


def test_replace_span_keeps_nesting():
    """Found by the fix property: in "<a><b>#</b><c></c>X</a>", replacing "#X" put <c> across </b> (fixed)."""
    content = Content("#X", [Code(OPEN, 0, "a", "pc"), Code(OPEN, 0, "b", "pc"), Code(CLOSE, 1, "b", "pc"),
                             Code(OPEN, 1, "c", "pc"), Code(CLOSE, 1, "c", "pc"), Code(CLOSE, 2, "a", "pc")])
    assert content.paired_ok()
    assert content.replace_span(0, 2, "0").paired_ok()

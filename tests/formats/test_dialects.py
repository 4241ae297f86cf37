"""The CAT tools' XLIFF files (fixtures in data/dialects, written from each tool's public documentation).

Each fixture: read (never refused), its breaches reported as problems with their rule, written back
byte for byte when unchanged, checked; then one target is edited and only that unit's bytes change,
its state going where the tool keeps it.
"""
from pathlib import Path

import pytest
from lxml import etree

from qa_desk.engine import run_checks, settle_states
from qa_desk.formats import read_bilingual, write_document
from qa_desk.formats import splice
from qa_desk.formats.xliff1_dialects import MQ, PHRASE, SDL
from qa_desk.model import Content

DATA = Path(__file__).resolve().parent / "data" / "dialects"
# name: (format, dialect, segments, states as read, rules of the errors found)
FIXTURES = {
    "sdl_basic.sdlxliff": ("xliff12", "sdlxliff", 2, ["translated", "reviewed"], set()),
    "sdl_multi_segment.sdlxliff": ("xliff12", "sdlxliff", 2, ["translated", "initial"], set()),
    "sdl_tags_and_comments.sdlxliff": ("xliff12", "sdlxliff", 1, ["translated"], set()),
    "sdl_utf16.sdlxliff": ("xliff12", "sdlxliff", 1, ["final"], set()),
    "sdl_empty_target.sdlxliff": ("xliff12", "sdlxliff", 1, ["initial"], set()),
    "mq_basic.mqxliff": ("xliff12", "mqxliff", 2, ["translated", "initial"], set()),
    "mq_statuses.mqxliff": ("xliff12", "mqxliff", 3, ["initial", "reviewed", "final"], set()),
    "mq_comments_codes.mqxliff": ("xliff12", "mqxliff", 1, ["translated"], set()),
    "mq_ph_codes.mqxliff": ("xliff12", "mqxliff", 1, ["initial"], set()),
    "mx_basic.mxliff": ("xliff12", "mxliff", 2, ["translated", "initial"], set()),
    "mx_machine_translation.mxliff": ("xliff12", "mxliff", 1, ["initial"], set()),
    "mx_tags_metadata.mxliff": ("xliff12", "mxliff", 1, ["translated"], set()),
    "mx_comments.mxliff": ("xliff12", "mxliff", 1, ["translated"], {"xsd"}),  # m:id on a header note
    "x10_dtd.xlf": ("xliff12", "", 2, ["translated", "translated"], set()),
    "x10_groups.xlf": ("xliff12", "", 2, ["translated", "translated"], set()),
    "x11_namespace.xlf": ("xliff12", "", 2, ["reviewed", "initial"], set()),
    "x11_alt_trans.xlf": ("xliff12", "", 1, ["translated"], set()),
    "ttk_po2xliff.xlf": ("xliff12", "", 2, ["reviewed", "translated"], set()),
    "okapi_12.xlf": ("xliff12", "", 2, ["translated", "translated"], set()),
    "okapi_xliff2.xlf": ("xliff2", "", 1, ["translated"], set()),
    "matecat_seg_source.xlf": ("xliff12", "", 2, ["translated", "translated"], set()),
    "openxliff_20.xlf": ("xliff2", "", 2, ["final", "initial"], set()),
    "groups_nested_12.xlf": ("xliff12", "", 3, ["final", "translated", "reviewed"], set()),
    "groups_nested_20.xlf": ("xliff2", "", 2, ["reviewed", "translated"], set()),
    "alt_trans_candidates_12.xlf": ("xliff12", "", 1, ["translated"], set()),
    "mtc_matches_21.xlf": ("xliff2", "", 1, ["translated"], set()),
    "bin_unit_12.xlf": ("xliff12", "", 2, ["translated", "translated"], set()),
    "dup_ids_12.xlf": ("xliff12", "", 2, ["translated", "translated"], {"xsd"}),
    "dup_ids_20.xlf": ("xliff2", "", 3, ["translated", "initial", "translated"], {"unique-id"}),
    "dup_ids_20_two_files.xlf": ("xliff2", "", 2, ["translated", "translated"], set()),
    "empty_unit_20.xlf": ("xliff2", "", 1, ["translated"], {"unit-needs-segment", "xsd"}),
    "empty_source_12.xlf": ("xliff12", "", 2, ["initial", "translated"], set()),
    "odd_translate_12.xlf": ("xliff12", "", 2, ["translated", "translated"], {"xsd"}),
    "odd_state_20.xlf": ("xliff2", "", 2, ["initial", "translated"], {"xsd"}),
    "x22_basic.xlf": ("xliff2", "", 2, ["translated", "initial"], set()),
    "lang_mismatch_20.xlf": ("xliff2", "", 1, ["translated"], {"srcLang", "trgLang"}),
    "crlf_entities_12.xlf": ("xliff12", "", 2, ["translated", "translated"], set()),
    "no_namespace_12.xlf": ("xliff12", "", 1, ["translated"], {"namespace"}),
    "xliff12_missing_target.xlf": ("xliff12", "", 1, ["initial"], set()),
}


def test_every_fixture_is_listed():
    assert {p.name for p in DATA.iterdir() if p.suffix != ".md"} == set(FIXTURES)
    assert len(FIXTURES) >= 30


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_read_as_the_tool_meant(name):
    fmt, dialect, count, states, rules = FIXTURES[name]
    doc = read_bilingual(str(DATA / name))
    assert (doc.format, doc.dialect, len(doc.segments)) == (fmt, dialect, count)
    assert [s.state for s in doc.segments] == states
    assert {p.rule for p in doc.problems if p.severity == "error"} == rules
    assert all(p.line for p in doc.problems)
    issues = [i for i in run_checks(doc, "file").issues]
    assert {i.rule for i in issues} == {p.rule for p in doc.problems}


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_unchanged_file_writes_back_byte_for_byte(name, tmp_path):
    doc = read_bilingual(str(DATA / name))
    out = tmp_path / name
    write_document(doc, str(out))
    assert out.read_bytes() == (DATA / name).read_bytes()


def _unit_span(doc, seg):
    """Byte range of the segment's unit in the original file."""
    data = doc.raw
    bom, codec, text = splice._decode(data, doc.native.docinfo.encoding)
    elements = [e for e in doc.native.getroot().iter() if isinstance(e.tag, str)]
    start, _, _, end = splice.scan(text)[elements.index(seg.native["unit"])]
    return len(bom) + len(text[:start].encode(codec)), len(bom) + len(text[:end].encode(codec))


def _expected_native(doc, seg, out):
    """The attribute where the tool keeps the state of the edited segment, read from the output."""
    root = etree.parse(str(out)).getroot()
    if doc.dialect == "sdlxliff":
        mid = seg.native["mid"]
        return [s.get("conf") for s in root.iter(f"{{{SDL}}}seg") if s.get("id") == mid][0], "ApprovedTranslation"
    unit_id = seg.native["unit"].get("id")
    units = [u for u in root.iter() if isinstance(u.tag, str) and u.tag.rpartition("}")[2] in ("trans-unit", "unit")
             and u.get("id") == unit_id]
    if doc.dialect == "mqxliff":
        return units[0].get(f"{{{MQ}}}status"), "Reviewer1Confirmed"
    if doc.dialect == "mxliff":
        return units[0].get(f"{{{PHRASE}}}confirmed"), "1"
    if doc.format == "xliff2":
        segment = next(s for s in units[0] if isinstance(s.tag, str) and s.tag.endswith("}segment"))
        return (segment.get("state"), segment.get("subState")), ("reviewed", "qa-desk:edited")
    target = next(t for t in units[0] if isinstance(t.tag, str) and t.tag.rpartition("}")[2] == "target")
    return target.get("state"), "signed-off"


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_an_edit_changes_only_its_unit_and_sets_the_tools_state(name, tmp_path):
    doc = read_bilingual(str(DATA / name))
    seg = doc.segments[0]
    was = seg.state
    seg.target = Content("Texte corrigé par qa-desk")
    settle_states(doc, {"states": {"fixed": "reviewed"}})  # the profile's choice, applied as it is
    out = tmp_path / name
    write_document(doc, str(out))
    before, after = (DATA / name).read_bytes(), out.read_bytes()
    prefix = next((i for i, (a, b) in enumerate(zip(before, after)) if a != b), min(len(before), len(after)))
    suffix = next((i for i, (a, b) in enumerate(zip(before[::-1], after[::-1])) if a != b), 0)
    start, end = _unit_span(doc, seg)
    assert start <= prefix and len(before) - suffix <= end, "bytes outside the edited unit changed"
    again = read_bilingual(str(out))
    assert again.segments[0].target_text == "Texte corrigé par qa-desk"
    assert [s.target_text for s in again.segments[1:]] == [s.target_text for s in doc.segments[1:]]
    assert again.segments[0].state == ("translated" if doc.dialect == "mxliff" else "reviewed")
    got, expected = _expected_native(doc, seg, out)
    if was == "reviewed" and doc.format == "xliff12":  # already reviewed: its marks stay as they were
        expected, _ = _expected_native(read_bilingual(str(DATA / name)), read_bilingual(str(DATA / name)).segments[0],
                                       DATA / name)
    assert got == expected

"""The contract every XLIFF format keeps, written once and run for 1.2 and 2.x.

Editing changes only what was edited; codes survive edits; written files
validate; issues become ITS 2.0 Localization Quality Issue marks.
"""
from pathlib import Path

import pytest
from lxml import etree

from qa_desk.formats import xliff2, xliff12
from qa_desk.formats.validate import validate
from qa_desk.formats.xmlsafe import c14n, parse_xml
from qa_desk.model import CLOSE, OPEN, STANDALONE, Code, Content, Issue, Segment, BilingualDocument

DATA = Path(__file__).resolve().parent / "data"
ITS = "http://www.w3.org/2005/11/its"


def first_with_codes(doc, paired=False):
    for seg in doc.segments:
        if seg.target is not None and seg.target.codes:
            if not paired or any(c.kind == OPEN for c in seg.target.codes):
                return seg
    raise AssertionError("sample has no segment with codes")


def span_outside_codes(content):
    """A word-sized span of the target that no code sits inside or at the edges of."""
    positions = {c.pos for c in content.codes}
    text = content.text
    for start in range(len(text)):
        end = start
        while end < len(text) and text[end].isalpha():
            end += 1
        if end - start >= 2 and not any(start <= p <= end for p in positions):
            return start, end
    raise AssertionError("no span outside codes")


def its_marks(path):
    root = parse_xml(str(path)).getroot()
    return [el for el in root.iter() if isinstance(el.tag, str) and el.get(f"{{{ITS}}}locQualityIssueType")]


class XliffContract:
    module = None
    sample = None
    other = None  # the other XLIFF module, for conversions
    edited_schema = None  # schema version the edited sample's output must satisfy
    fresh_schema = None

    def read(self):
        return self.module.read(str(self.sample))

    def strip_target(self, tree, seg):
        """Remove the edited segment's target (and 2.x state attributes) so the rest can be compared."""
        raise NotImplementedError

    def test_unchanged_round_trip_is_canonically_identical(self, tmp_path):
        out = tmp_path / "out.xlf"
        self.module.write(self.read(), str(out))
        assert c14n(parse_xml(str(out))) == c14n(parse_xml(str(self.sample)))

    def test_edit_changes_only_the_edited_target(self, tmp_path):
        doc = self.read()
        seg = first_with_codes(doc)
        start, end = span_outside_codes(seg.target)
        seg.target = seg.target.replace_span(start, end, "XYZ")
        out = tmp_path / "out.xlf"
        self.module.write(doc, str(out))
        before, after = parse_xml(str(self.sample)), parse_xml(str(out))
        assert c14n(before) != c14n(after)
        self.strip_target(before, seg)
        self.strip_target(after, seg)
        assert c14n(before) == c14n(after)

    def test_codes_survive_an_edit(self, tmp_path):
        doc = self.read()
        seg = first_with_codes(doc, paired=True)
        start, end = span_outside_codes(seg.target)
        expected = seg.target.replace_span(start, end, "un texte plus long")
        inner = next(c for c in expected.codes if c.kind == OPEN)
        expected = expected.replace_span(inner.pos, inner.pos + 1, "Ü")  # inside a paired code
        seg.target = expected
        out = tmp_path / "out.xlf"
        self.module.write(doc, str(out))
        again = self.module.read(str(out)).segment(seg.id)
        assert again.target.markup() == expected.markup()
        assert [(c.kind, c.name, c.id) for c in again.target.codes] == \
            [(c.kind, c.name, c.id) for c in expected.codes]

    def test_edited_output_validates(self, tmp_path):
        doc = self.read()
        for seg in doc.segments:
            if seg.target is not None and seg.target.text:
                seg.target = seg.target.replace_span(0, 1, "Ô")
            else:
                seg.target = Content("ajouté")
            seg.state = "reviewed"
        out = tmp_path / "out.xlf"
        self.module.write(doc, str(out))
        assert validate(str(out), self.edited_schema) == []
        again = self.module.read(str(out))
        assert [s.target.text for s in again.segments] == [s.target.text for s in doc.segments]
        assert {s.state for s in again.segments} == {"reviewed"}

    def issues_for(self, doc):
        seg = first_with_codes(doc, paired=True)
        text = seg.target.text
        return seg, [
            Issue(seg.id, "gender", "critical", 0, len(text), text, "Spans every code",
                  ["une suggestion"], category="Accuracy/Mistranslation/Gender"),
            Issue(seg.id, "term", "minor", 1, 3, text[1:3], "Term", category="Terminology"),
            Issue(seg.id, "omission", "major", 0, 5, "The m", "Nothing for this", side="source",
                  category="Accuracy/Omission"),
        ]

    def test_issues_become_its_marks_and_output_validates(self, tmp_path):
        doc = self.read()
        seg, issues = self.issues_for(doc)
        out = tmp_path / "out.xlf"
        self.module.write(doc, str(out), issues=issues)
        assert validate(str(out), self.edited_schema) == []
        marks = its_marks(out)
        by_type = {}
        for mark in marks:
            by_type.setdefault(mark.get(f"{{{ITS}}}locQualityIssueType"), []).append(mark)
        assert set(by_type) == {"mistranslation", "terminology", "omission"}
        assert {m.get(f"{{{ITS}}}locQualityIssueSeverity") for m in by_type["mistranslation"]} == {"100"}
        assert by_type["terminology"][0].get(f"{{{ITS}}}locQualityIssueSeverity") == "25"
        pieces = "".join("".join(m.itertext()) for m in by_type["mistranslation"])
        assert pieces == seg.target.text  # split around codes, nothing lost, nothing added
        assert "".join(by_type["terminology"][0].itertext()) == seg.target.text[1:3]
        omission = by_type["omission"][0]
        assert "".join(omission.itertext()) == "" and "The m" in omission.get(f"{{{ITS}}}locQualityIssueComment")
        again = self.module.read(str(out)).segment(seg.id)
        assert again.target.text == seg.target.text  # marks add codes, never text

    def test_unmodified_segments_are_untouched_when_others_get_issues(self, tmp_path):
        doc = self.read()
        seg, issues = self.issues_for(doc)
        out = tmp_path / "out.xlf"
        self.module.write(doc, str(out), issues=issues)
        before, after = parse_xml(str(self.sample)), parse_xml(str(out))
        self.strip_target(before, seg)
        self.strip_target(after, seg)
        assert c14n(before) == c14n(after)

    def test_conversion_keeps_text_and_codes(self, tmp_path):
        doc = self.read()
        out = tmp_path / "converted.xlf"
        self.other.write(doc, str(out))
        assert validate(str(out), self.fresh_schema) == []
        again = self.other.read(str(out))
        assert len(again.segments) == len(doc.segments)
        for old, new in zip(doc.segments, again.segments):
            assert new.source.text == printable(old.source.text)
            assert code_shape(new.source) == code_shape(old.source, new.source.text)
            if old.target is None:
                assert new.target is None
            else:
                assert new.target.text == printable(old.target.text)
                assert code_shape(new.target) == code_shape(old.target, new.target.text)
            assert new.state == old.state

    def test_missing_target_is_added_after_source(self, tmp_path):
        doc = self.read()
        seg = next(s for s in doc.segments if s.target is None)
        seg.target = Content("Pas encore")
        seg.state = "translated"
        out = tmp_path / "out.xlf"
        self.module.write(doc, str(out))
        assert self.module.read(str(out)).segment(seg.id).target.text == "Pas encore"
        assert validate(str(out), self.edited_schema) == []


def printable(text):
    """What an XLIFF 1.2 file can hold: characters XML 1.0 forbids are dropped."""
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20)


NAME_FAMILY = {"g": "paired", "pc": "paired", "mrk": "mrk", "x": "ph", "ph": "ph", "bx": "start", "bpt": "start",
               "sc": "start", "ex": "end", "ept": "end", "ec": "end", "it": "start", "comment": "comment",
               "pi": "pi", "sm": "ph", "em": "ph"}


def code_shape(content, written=None):
    """(kind, position, family) of each code; positions shifted for characters a format dropped."""
    dropped = [] if written is None or written == content.text else \
        [i for i, ch in enumerate(content.text) if printable(ch) == ""]
    return [(c.kind, c.pos - sum(1 for i in dropped if i < c.pos), NAME_FAMILY.get(c.name, c.name))
            for c in content.codes]


class TestXliff12(XliffContract):
    module = xliff12
    other = xliff2
    sample = DATA / "rich12.xlf"
    edited_schema = "1.2"  # transitional: the sample carries other tools' extensions
    fresh_schema = "2.1"

    def strip_target(self, tree, seg):
        unit_id = seg.id.split("#")[0]
        for unit in tree.getroot().iter(f"{{{xliff12.NS}}}trans-unit"):
            if unit.get("id") == unit_id:
                for target in unit.findall(f"{{{xliff12.NS}}}target"):
                    unit.remove(target)


class TestXliff2(XliffContract):
    module = xliff2
    other = xliff12
    sample = DATA / "rich21.xlf"
    edited_schema = "2.1"
    fresh_schema = "1.2-strict"

    def strip_target(self, tree, seg):
        unit_id, seg_id = seg.id.split("/")
        ns = "urn:oasis:names:tc:xliff:document:2.0"
        for unit in tree.getroot().iter(f"{{{ns}}}unit"):
            if unit.get("id") != unit_id:
                continue
            for segment in unit.iterchildren(f"{{{ns}}}segment"):
                if segment.get("id") == seg_id:
                    for target in segment.findall(f"{{{ns}}}target"):
                        segment.remove(target)
                    for attr in ("state", "subState"):
                        segment.attrib.pop(attr, None)


@pytest.mark.parametrize("module,schema", [(xliff12, "1.2-strict"), (xliff2, "2.1")])
def test_fresh_file_from_plain_segments_validates_with_issues(tmp_path, module, schema):
    codes = [Code(OPEN, 4, "1", "g"), Code(CLOSE, 12, "1", "g"), Code(STANDALONE, 17, "2", "x"),
             Code(OPEN, 20, "", "bold")]  # an unpaired open code with no id
    source = Content("The minister said no.", codes)
    target = Content("Le ministre a dit non.", [Code(OPEN, 3, "1", "g"), Code(CLOSE, 11, "1", "g"),
                                                Code(STANDALONE, 18, "2", "x")])
    segments = [Segment("p1/s1", source, target, "translated", paragraph=0),
                Segment("p1/s2", Content("Second one."), Content("Deuxième."), "final", ["a note"], paragraph=0),
                Segment("p2/s1", Content("Omitted."), Content(""), "initial", paragraph=1)]
    segments[1].target = Content("Deuxième phrase.")  # modified after reading
    doc = BilingualDocument(segments, format="text", path="story.en.txt")
    issues = [Issue("p1/s1", "gender", "major", 3, 11, "ministre", "Minister is a woman",
                    category="Accuracy/Mistranslation"),
              Issue("p2/s1", "omission", "critical", 0, 8, "Omitted.", "Not translated", side="source",
                    category="Accuracy/Omission")]
    out = tmp_path / "fresh.xlf"
    module.write(doc, str(out), issues=issues)
    assert validate(str(out), schema) == []
    again = module.read(str(out))
    assert [s.target.text for s in again.segments] == [s.target.text for s in segments]
    assert [s.state for s in again.segments] == ["translated", "final", "initial"]
    assert again.segments[1].notes == ["a note"]
    assert {m.get(f"{{{ITS}}}locQualityIssueType") for m in its_marks(out)} == {"mistranslation", "omission"}
    root = parse_xml(str(out)).getroot()
    assert root.get(f"{{{ITS}}}version") == "2.0"
    assert etree.QName(root).localname == "xliff"

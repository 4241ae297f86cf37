"""qa-desk's own XLIFF exports read back: plain targets, ignores kept, one numbering in 1.2 and 2.1."""
import pytest
from lxml import etree

from qa_desk.formats.validate import validate
from qa_desk.review import ReviewSession

ITS = "http://www.w3.org/2005/11/its"


def _two_paragraphs(make_document):
    doc = make_document([("The cat sleeps.", "Le chien dort."), ("The cat and the house.", "Le chien et la maison."),
                         ("Ms Smith came.", "M. Smith est venue.")])
    doc.segments[1].paragraph = 0  # two segments in the first unit
    return doc


@pytest.mark.parametrize("fmt,schema", [("xliff2", "2.1"), ("xliff12", "1.2-strict")])
def test_export_then_reopen_keeps_ignores_and_reads_plain(tmp_path, new_session, make_document, review_checks,
                                                         fmt, schema):
    session = new_session(_two_paragraphs(make_document))
    ignored = next(r for r in session.issues if r.issue.text == "maison")
    session.ignore(ignored.signature, "a name here", user="ana")
    out = tmp_path / f"out-{fmt}.xlf"
    session.export(str(out), fmt)
    assert validate(str(out), schema) == []
    marks = [e for e in etree.parse(str(out)).iter() if e.get(f"{{{ITS}}}locQualityIssueType")]
    disabled = [m for m in marks if m.get(f"{{{ITS}}}locQualityIssueEnabled") == "no"]
    assert len(disabled) == 1 and "".join(disabled[0].itertext()) == "maison"
    checks, settings = review_checks
    again = ReviewSession.open_files([str(out)], str(tmp_path / f"{fmt}.qadesk"), check_ids=checks,
                                     settings=settings)
    try:
        for seg in again.document.segments:
            assert seg.target.codes == [], "ITS marks are not inline codes"
            assert seg.target.markup() == seg.target.text
        statuses = {(r.issue.text, r.status, r.ignore_reason) for r in again.issues}
        assert ("maison", "ignored", "a name here") in statuses
        assert ("chien", "open", "") in statuses and ("M.", "open", "") in statuses
        assert [r.status for r in again.issues].count("ignored") == 1
    finally:
        again.close()


def test_xliff12_and_xliff2_number_alike(tmp_path, new_session, make_document):
    from qa_desk.engine import load_document

    session = new_session(_two_paragraphs(make_document))
    ids = {}
    for fmt in ("xliff12", "xliff2"):
        out = tmp_path / f"{fmt}.xlf"
        session.export(str(out), fmt)
        ids[fmt] = [s.id for s in load_document([str(out)]).segments]
    assert ids["xliff12"] == ids["xliff2"] == ["u1/s1", "u1/s2", "u2/s1"]


def test_reexport_of_a_reimported_file_replaces_old_marks(tmp_path, new_session, make_document, review_checks):
    session = new_session(_two_paragraphs(make_document))
    first = tmp_path / "first.xlf"
    session.export(str(first), "xliff2")
    checks, settings = review_checks
    again = ReviewSession.open_files([str(first)], None, check_ids=checks, settings=settings)
    try:
        chien = next(r for r in again.issues if r.issue.text == "chien" and r.issue.segment == "u1/s1")
        again.apply_suggestion(chien.signature, user="ana")
        again.decide(again.edits[0].id, "accepted", user="ed")
        second = tmp_path / "second.xlf"
        again.export(str(second))
    finally:
        again.close()
    assert validate(str(second)) == []
    tree = etree.parse(str(second))
    texts = ["".join(m.itertext()) for m in tree.iter() if m.get(f"{{{ITS}}}locQualityIssueType")]
    assert "chat" not in texts and sorted(texts) == sorted(["chien", "maison", "M."])

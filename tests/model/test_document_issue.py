"""Document-level issues: one issue for a habit of the whole document, fixed everywhere at once."""
from qa_desk.engine import apply_suggestions, expand_document_issue
from qa_desk.model import BilingualDocument, Content, Issue, Occurrence, Segment
from qa_desk.review.records import issue_from_json


def _doc():
    return BilingualDocument([Segment("1", Content('He said "yes".'), Content('Il a dit "oui".')),
                              Segment("2", Content('"No."'), Content('"Non."'))])


def _issue():
    places = [Occurrence("1", 9, 10, '"', "« "), Occurrence("1", 13, 14, '"', " »"),
              Occurrence("2", 0, 1, '"', "« "), Occurrence("2", 5, 6, '"', " »")]
    return Issue("1", "quotes", "minor", 9, 10, '"', "straight quotes throughout", suggestions=["« "],
                 rule="straight-double", scope="document", occurrences=places)


def test_fix_all_changes_every_occurrence():
    doc = _doc()
    applied = apply_suggestions(doc, [_issue()])
    assert len(applied) == 4
    assert doc.segment("1").target_text == "Il a dit « oui »."
    assert doc.segment("2").target_text == "« Non. »"


def test_json_round_trip_keeps_scope_and_places():
    issue = _issue()
    back = issue_from_json(issue.to_json())
    assert back.is_document_level and back.occurrences == issue.occurrences
    assert back.signature == issue.signature
    assert len(expand_document_issue(back)) == 4


def test_signature_does_not_move_with_the_first_occurrence():
    a, b = _issue(), _issue()
    b.segment, b.start, b.end = "2", 0, 1
    assert a.signature == b.signature
    plain = Issue("1", "quotes", "minor", 9, 10, '"', "x")
    assert not plain.is_document_level and expand_document_issue(plain) == [plain]

"""Bulk edits: find and replace, apply to identical issues, fix all, propagation — one step each."""
import pytest

from qa_desk.model import Code, Content, Issue, Occurrence, Segment
from qa_desk.review.search import Search, apply_occurrences, find_occurrences


def _doc(make_document):
    return make_document([
        ("The cat sleeps.", "Le chien dort."),
        ("The cat eats.", "Le chien mange. Le chien boit."),
        ("The cat sleeps.", "Le chien dort."),
        ("A house.", "Une maison."),
    ])


def test_search_options(make_document):
    doc = make_document([("x", "Le chien, les chiens, CHIEN."), ("y", "chien-loup")])
    assert [o.text for o in find_occurrences(doc, Search("chien"))] == ["chien", "chien", "CHIEN", "chien"]
    assert [o.text for o in find_occurrences(doc, Search("chien", case=True))] == ["chien", "chien", "chien"]
    assert [o.text for o in find_occurrences(doc, Search("chien", whole_word=True))] == ["chien", "CHIEN", "chien"]
    found = find_occurrences(doc, Search(r"ch(ien)s?", regex=True), r"lou\1")
    assert [(o.text, o.replacement) for o in found] == [("chien", "louien"), ("chiens", "louien"),
                                                        ("CHIEN", "louIEN"), ("chien", "louien")]
    with pytest.raises(ValueError, match="regular expression"):
        Search("(", regex=True).compiled
    with pytest.raises(ValueError, match="empty"):
        Search("").compiled
    assert find_occurrences(doc, Search("^", regex=True), "X") == [], "empty matches replace nothing"


def test_apply_occurrences_keeps_codes_and_skips_stale_or_overlapping():
    content = Content("Le chien dort.", [Code("standalone", 3, "1", "x")])
    doc_seg = Segment("1", Content("The dog sleeps."), content)
    from qa_desk.model import BilingualDocument
    doc = BilingualDocument([doc_seg])
    places = [Occurrence("1", 3, 8, "chien", "chat"), Occurrence("1", 3, 5, "ch", "X"),
              Occurrence("1", 9, 13, "zzzz", "y")]
    out = apply_occurrences(doc, places)
    assert out["1"].text == "Le chat dort."
    assert out["1"].markup() == "Le <x1/>chat dort."


def test_replace_all_is_one_step_with_one_edit_per_segment(new_session, make_document):
    session = new_session(_doc(make_document))
    audit_before = len(session.audit_trail())
    changes = session.replace_all(Search("chien"), "chat", user="ed")
    texts = [s.target_text for s in session.document.segments]
    assert texts == ["Le chat dort.", "Le chat mange. Le chat boit.", "Le chat dort.", "Une maison."]
    assert len(session.edits) == 3 and {e.segment for e in session.edits} == {"1", "2", "3"}
    assert changes.segments >= {"1", "2", "3"}
    with session._store.transaction() as conn:  # each edit knows its own row (inserted in one statement)
        stored = dict(conn.execute("SELECT id, segment FROM edits").fetchall())
    assert stored == {e.id: e.segment for e in session.edits}
    trail = session.audit_trail()
    assert len(trail) == audit_before + 1
    assert trail[-1].action == "replace_all" and trail[-1].detail["matches"] == 4
    # the word check no longer flags "chien": those issues are fixed
    assert not [r for r in session.issues if r.status == "open" and r.issue.text == "chien"]
    assert [r.status for r in session.issues if r.issue.text == "chien"] == ["fixed"] * 4


def test_set_targets_back_withdraws_every_edit(new_session, make_document):
    session = new_session(_doc(make_document))
    before = {s.id: s.target.copy() for s in session.document.segments}
    plan = session.plan_replace(Search("chien"), "chat")
    old = {seg_id: before[seg_id] for seg_id in plan.contents}
    session.apply_plan(plan, user="ed")
    session.set_targets(old, user="ed")
    assert [s.target_text for s in session.document.segments] == [c.text for c in before.values()]
    assert session.edits == []
    assert [r.status for r in session.issues if r.issue.text == "chien"] == ["open"] * 4


def test_apply_to_identical_issues(new_session, make_document):
    session = new_session(_doc(make_document))
    record = next(r for r in session.issues if r.issue.text == "chien")
    same = session.identical_issues(record.signature)
    assert len(same) == 4
    assert len(session.identical_issues(record.signature, 1)) == 4
    session.apply_to_identical(record.signature, 1, user="tr")
    assert session.document.segment("2").target_text == "Le félin mange. Le félin boit."
    assert session.document.segment("4").target_text == "Une maison.", "other issues are left alone"
    assert {e.issue_signature for e in session.edits} <= {r.signature for r in same}


def test_propagate_to_repetitions(new_session, make_document):
    session = new_session(_doc(make_document))
    session.set_target("1", "Le chat dort.", user="tr")
    assert [s.id for s in session.repetitions("1")] == ["3"]
    plan = session.plan_propagate("1", only_like="Le chien dort.")
    assert list(plan.contents) == ["3"]
    assert session.plan_propagate("1", only_like="autre chose").contents == {}
    session.document.segment("3").state = "final"
    assert session.plan_propagate("1").contents == {}, "a signed-off repetition is left alone"
    session.document.segment("3").state = "translated"
    session.propagate("1", user="tr")
    assert session.document.segment("3").target_text == "Le chat dort."
    assert session.audit_trail()[-1].action == "propagate"


def test_deferred_check_then_check_unchecked(new_session, make_document):
    session = new_session(_doc(make_document))
    changes = session.replace_all(Search("chien"), "chat", user="ed", recheck=False)
    assert not changes.issues_changed and session.unchecked == {"1", "2", "3"}
    assert [r.status for r in session.issues if r.issue.text == "chien"] == ["open"] * 4, "not yet re-checked"
    changes = session.check_unchecked()
    assert changes.issues_changed and not session.unchecked
    assert [r.status for r in session.issues if r.issue.text == "chien"] == ["fixed"] * 4


def test_stale_issues_are_rechecked_on_reopen(tmp_path, new_session, make_document):
    from qa_desk.review import ReviewSession
    session = new_session(_doc(make_document), project="stale.qadesk")
    session.replace_all(Search("chien"), "chat", user="ed", recheck=False)
    session.close()  # closed before the deferred check ran (a crash, say)
    again = ReviewSession.open_project(str(tmp_path / "stale.qadesk"))
    try:
        assert not [r for r in again.issues if r.status == "open" and r.issue.text == "chien"]
    finally:
        again.close()


def test_fix_all_of_a_document_issue_is_one_step(new_session, make_document):
    session = new_session(_doc(make_document))
    places = [Occurrence("1", 3, 8, "chien", "chat"), Occurrence("2", 3, 8, "chien", "chat"),
              Occurrence("3", 3, 8, "chien", "chat")]
    issue = Issue("1", "test_review_word", "minor", 3, 8, "chien", "chien throughout", ["chat"],
                  rule="chien", scope="document", occurrences=places)
    from qa_desk.review.session_types import IssueRecord
    session.issues.append(IssueRecord(issue))
    audit_before = len(session.audit_trail())
    session.fix_all(issue.signature, user="tr")
    assert [s.target_text for s in session.document.segments][:3] == [
        "Le chat dort.", "Le chat mange. Le chien boit.", "Le chat dort."]
    assert len(session.audit_trail()) == audit_before + 1
    with pytest.raises(ValueError):
        session.plan_fix_all(next(r for r in session.issues if not r.issue.is_document_level).signature)


def test_states_and_reopen_survive_a_reopen(tmp_path, new_session, make_document):
    from qa_desk.review import ReviewSession
    session = new_session(_doc(make_document), project="states.qadesk")
    session.set_states({"1": "final", "2": "reviewed"}, user="ed")
    with pytest.raises(ValueError):
        session.set_states({"1": "done"}, user="ed")
    chien = next(r for r in session.issues if r.issue.segment == "1")
    session.apply_suggestion(chien.signature, user="tr")
    assert session.record(chien.signature).status == "fixed"
    session.reopen(chien.signature, user="ed")
    assert session.record(chien.signature).status == "open"
    session.recheck()
    assert session.record(chien.signature).status == "open", "a re-check keeps the reopen"
    session.close()
    again = ReviewSession.open_project(str(tmp_path / "states.qadesk"))
    try:
        assert [again.document.segment(s).state for s in ("1", "2", "3")] == ["final", "reviewed", "translated"]
        assert again.record(chien.signature).status == "open"
        again.unreopen(chien.signature, user="ed")
        assert again.record(chien.signature).status == "fixed"
        again.reopen(chien.signature, user="ed")
        again.set_target("1", "Le chat dort bien.", user="tr")  # edited again: the reopen is answered
        assert again.record(chien.signature).status == "fixed"
    finally:
        again.close()
    third = ReviewSession.open_project(str(tmp_path / "states.qadesk"))
    try:
        assert third.record(chien.signature).status == "fixed"
    finally:
        third.close()


def test_filters(new_session, make_document):
    from qa_desk.review.filtering import SegmentFilter, counts_by_check, filter_segments
    session = new_session(_doc(make_document))
    ids = lambda spec: [s.id for s in filter_segments(session, spec)]  # noqa: E731
    assert ids(SegmentFilter()) == ["1", "2", "3", "4"]
    assert ids(SegmentFilter("issues")) == ["1", "2", "3", "4"]
    session.set_target("4", "Une demeure.", user="tr")
    assert ids(SegmentFilter("issues")) == ["1", "2", "3"]
    assert ids(SegmentFilter("pending")) == ids(SegmentFilter("edited")) == ["4"]
    assert ids(SegmentFilter(check="test_review_word", min_severity="major")) == ["1", "2", "3"]
    assert ids(SegmentFilter(min_severity="critical")) == []
    assert ids(SegmentFilter(search=Search("boit"))) == ["2"]
    assert ids(SegmentFilter(search=Search("eats", side="source"))) == ["2"]
    assert ids(SegmentFilter(search=Search("eats", side="target"))) == []
    assert counts_by_check(session)["test_review_word"] == 4
    with pytest.raises(ValueError):
        SegmentFilter("nothing")

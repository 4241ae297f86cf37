"""Issue 16's workflows, driven through the window as a translator would.

Translator: navigate, apply (the next issue is selected, the focus stays in the grid), apply to
all identical issues, fix all of a document-wide issue, find and replace, propagation, undo; the
filters that drive the grid. The editor's workflow and the exports are in ``test_workflows_editor.py``,
the small ones in ``test_workflows_details.py``.
"""

from qa_desk.app.models import SegmentModel
from qa_desk.model import Issue, Occurrence
from qa_desk.review.session_types import IssueRecord

from .conftest import PRONOUN_CHECK, SPACE_CHECK, open_in, open_records


# -- translator --------------------------------------------------------------------------------
def test_apply_selects_the_next_issue_and_keeps_focus_in_the_grid(qtbot, window, make_session):
    session = open_in(window, make_session())
    window.people_dock.show()
    first = window.next_issue(True)
    while not first.issue.suggestions:  # the omission has nothing to apply
        first = window.next_issue(True)
    window.grid.setFocus()
    window.actions["apply_suggestion"].trigger()
    assert session.record(first.signature).status == "fixed"
    current = window.issues_dock.current_record()
    assert current is not None and current.status == "open" and current.signature != first.signature
    assert window.desk.segment_model.selected.signature == current.signature
    row = window.grid.currentIndex().row()
    assert window.desk.segment_model.segments[row].id == current.issue.segment, "the grid follows"
    assert window.focusWidget() is window.grid, "focus stays in the grid, not the People table"
    record = window.issues_dock.current_record()
    assert window.ignore_issue(record, "false alarm")
    assert window.issues_dock.current_record().signature != record.signature
    assert window.focusWidget() is window.grid


def test_apply_to_all_identical_is_one_undo_step(window, make_session):
    session = open_in(window, make_session())
    il = next(r for r in open_records(session) if r.issue.text == "Il" and r.issue.segment == "s1")
    assert len(session.identical_issues(il.signature)) == 2  # "Il" in s1 and in s5
    window.issues_dock.select_signature(il.signature)
    assert window.issues_dock.all_button.isVisible() or not window.isVisible()
    assert "2" in window.issues_dock.all_button.text()
    before = {s.id: s.target_text for s in session.document.segments}
    window.actions["apply_all"].trigger()
    assert session.document.segment("s1").target_text.startswith("Elle a dit")
    assert session.document.segment("s5").target_text.startswith("Elle est partie")
    assert window.desk.undo_stack.count() == 1
    window.actions["undo"].trigger()
    assert {s.id: s.target_text for s in session.document.segments} == before
    assert session.edits == []


def test_grouped_issue_list_shows_one_line_per_kind(window, make_session):
    session = open_in(window, make_session())
    total = window.issues_dock.proxy.rowCount()
    window.issues_dock.group_box.setChecked(True)
    assert window.issues_dock.proxy.rowCount() == total - 1  # the two identical "Il" share a line
    texts = [window.issues_dock.proxy.index(r, 3).data() for r in range(window.issues_dock.proxy.rowCount())]
    assert "Il ×2" in texts


def test_fix_all_of_a_document_level_issue(window, make_session):
    session = open_in(window, make_session())
    places = [Occurrence("s1", 0, 2, "Il", "Elle"), Occurrence("s5", 0, 2, "Il", "Elle")]
    issue = Issue("s1", SPACE_CHECK, "minor", 0, 2, "Il", "House style: pronoun throughout.", ["Elle"],
                  rule="pronoun-habit", scope="document", occurrences=places)
    session.issues.append(IssueRecord(issue))
    window.desk.set_session(session)
    assert window.issues_dock.select_signature(issue.signature)
    assert "2" in window.issues_dock.all_button.text()
    assert window.apply_to_all()
    assert session.document.segment("s5").target_text.startswith("Elle est")
    assert window.desk.undo_stack.count() == 1
    window.actions["undo"].trigger()
    assert session.document.segment("s5").target_text.startswith("Il est")


def test_find_and_replace_with_preview_and_one_undo(window, make_session):
    session = open_in(window, make_session(n_extra=3))
    dialog = window.show_find_replace()
    dialog.find_edit.setText("phrase")
    dialog.replace_edit.setText("ligne")
    assert len(dialog.places) == 3 and dialog.table.rowCount() == 3
    assert "[ligne]" in dialog.table.item(0, 2).text()
    dialog.case_box.setChecked(True)
    dialog.find_edit.setText("PHRASE")
    assert dialog.places == []
    dialog.case_box.setChecked(False)
    dialog.word_box.setChecked(True)
    dialog.find_edit.setText("phras")
    assert dialog.places == [], "whole word"
    dialog.word_box.setChecked(False)
    dialog.regex_box.setChecked(True)
    dialog.find_edit.setText(r"numéro (\d)")
    dialog.replace_edit.setText(r"n° \1")
    assert [p.replacement for p in dialog.places] == ["n° 0", "n° 1", "n° 2"]
    assert dialog.replace_all()
    assert session.document.segment("x1").target_text == "La phrase n° 1 est là."
    assert window.desk.undo_stack.count() == 1
    window.actions["undo"].trigger()
    assert session.document.segment("x1").target_text == "La phrase numéro 1 est là."
    dialog.find_edit.setText("(")
    assert "regular expression" in dialog.summary.text() and not dialog.all_button.isEnabled()


def test_a_hand_edit_propagates_to_repetitions_in_one_undo_step(window, repeated_session, prefs):
    session = open_in(window, repeated_session)
    assert prefs.propagate
    row = window.desk.segment_model.row_of["1"]
    window.desk.segment_model.setData(window.desk.segment_model.index(row, SegmentModel.TARGET),
                                      "Elle est partie tôt.")
    assert [session.document.segment(s).target_text for s in "1357"] == ["Elle est partie tôt."] * 4
    assert window.desk.undo_stack.count() == 1
    window.actions["undo"].trigger()
    assert [session.document.segment(s).target_text for s in "1357"] == ["Il est parti tôt."] * 4
    prefs.propagate = False
    window.desk.edit_target("1", "Elle est partie tôt.")
    assert session.document.segment("3").target_text == "Il est parti tôt."
    window.grid.select_row(row)
    assert window.propagate_current()
    assert session.document.segment("7").target_text == "Elle est partie tôt."


def test_big_bulk_changes_are_rechecked_on_a_worker(qtbot, window, repeated_session, monkeypatch):
    """A big bulk change is written and re-checked off the GUI thread (the window never freezes)."""
    import threading
    session = open_in(window, repeated_session)
    window.desk.BACKGROUND_AT = 2
    threads = []
    write = session.set_targets
    monkeypatch.setattr(session, "set_targets", lambda *a, **k: threads.append(threading.current_thread()) or
                        write(*a, **k))
    from qa_desk.review.search import Search
    assert window.desk.replace_all(Search("  "), " ")
    qtbot.waitUntil(lambda: not window.desk.busy, timeout=20000)
    assert threads and threading.main_thread() not in threads
    assert not session.unchecked
    assert not [r for r in open_records(session) if r.issue.check == SPACE_CHECK]
    window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: not window.desk.busy, timeout=20000)
    assert len([r for r in open_records(session) if r.issue.check == SPACE_CHECK]) == 4


def test_a_click_on_a_span_selects_that_issue(qtbot, window, make_session):
    session = open_in(window, make_session())
    window.resize(1400, 800)
    qtbot.waitExposed(window)
    window.grid.fit_visible_rows()
    row = window.desk.segment_model.row_of["s5"]
    second = next(r for r in open_records(session) if r.issue.segment == "s5" and r.issue.text == "il")
    index = window.desk.segment_model.index(row, SegmentModel.TARGET)
    window.grid.scrollTo(index)
    rect = window.grid.visualRect(index)
    hits = []
    for x in range(rect.left() + 4, rect.right(), 3):
        record = window.grid.issue_at(rect.topLeft().__class__(x, rect.top() + 8))
        if record is not None:
            hits.append(record.signature)
    assert second.signature in hits and len(set(hits)) == 2, "each flagged span maps to its own issue"
    window._issue_clicked(second)
    assert window.issues_dock.current_record().signature == second.signature
    assert window.current_record().signature == second.signature


# -- filters -----------------------------------------------------------------------------------
def test_filters_drive_the_grid(window, make_session):
    session = open_in(window, make_session(n_extra=4))
    bar = window.filter_bar
    model = window.desk.segment_model
    total = len(session.document.segments)
    assert model.rowCount() == total
    labels = [bar.check_combo.itemText(i) for i in range(bar.check_combo.count())]
    assert f"{PRONOUN_CHECK} (3)" in labels and f"{SPACE_CHECK} (1)" in labels
    assert bar.set_filter(show="issues")
    assert [s.id for s in model.segments] == ["s1", "s2", "s3", "s5"]
    assert model.index(0, SegmentModel.NUMBER).data() == 1 and model.index(3, SegmentModel.NUMBER).data() == 5
    assert bar.set_filter(show="all", check=SPACE_CHECK)
    assert [s.id for s in model.segments] == ["s2"]
    assert bar.set_filter(check="", severity="major")
    assert [s.id for s in model.segments] == ["s1", "s3", "s5"]
    assert bar.set_filter(severity="", search="numéro 2", side="target")
    assert [s.id for s in model.segments] == ["x2"]
    assert bar.set_filter(search="Nobody", side="source")
    assert [s.id for s in model.segments] == ["s3"]
    assert "1" in bar.count_label.text() and str(total) in bar.count_label.text()
    window.desk.edit_target("s4", "Les pourparlers reprendront lundi.")
    assert bar.set_filter(search="", show="edited")
    assert [s.id for s in model.segments] == ["s4"]
    assert bar.set_filter(show="pending")
    assert [s.id for s in model.segments] == ["s4"]
    window.actions["show_all"].trigger()
    assert model.rowCount() == total
    assert bar.set_filter(search="(", side="both") and model.rowCount() == 0  # plain text, not a pattern
    bar.clear()
    assert model.rowCount() == total


def test_an_evidence_link_to_a_hidden_segment_clears_the_filter(window, make_session):
    open_in(window, make_session(n_extra=2))
    window.filter_bar.set_filter(check=SPACE_CHECK)
    assert window.show_segment("x1")
    assert window.desk.segment_model.rowCount() == 7

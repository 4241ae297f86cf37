"""Issue 16's workflows, driven through the window as an editor would, and what nothing-lost means.

Editor: filter the grid to pending changes, accept / reject with auto-advance, next/previous change,
segment states, the edited marker and reopening. Both roles: nothing lost on File > Open, Save project
and the title bar, honest exports, export and re-import with ignores kept.
"""

import pytest

from qa_desk.app import files
from qa_desk.app.models import SegmentModel

from .conftest import SPACE_CHECK, open_in, open_records


# -- editor ------------------------------------------------------------------------------------
def test_editor_filters_pending_and_decides_with_auto_advance(window, make_session):
    session = open_in(window, make_session())
    for record in [r for r in open_records(session) if r.issue.suggestions and r.issue.text in ("Il", "  ")]:
        window.desk.apply_suggestion(record.signature)
    window.prefs.role = "editor"
    window.set_editor_mode(True)
    assert window.changes_dock.isVisible()
    window.changes_dock.refresh()
    assert window.changes_dock.model.rowCount() == 3  # s1, s2, s5
    assert window.filter_bar.set_filter(show="pending")
    assert [s.id for s in window.desk.segment_model.segments] == ["s1", "s2", "s5"]
    window.grid.select_row(0)
    window.actions["accept_change"].trigger()
    assert [e.decision for e in session.edits_for("s1")] == ["accepted"]
    assert window.current_segment_id() == "s2", "the next pending change is selected"
    window.actions["previous_change"].trigger()  # Shift+F9 wraps back round to the last one
    assert window.current_segment_id() == "s5"
    window.actions["next_change"].trigger()
    assert window.current_segment_id() == "s2"
    window.actions["reject_change"].trigger()
    assert session.document.segment("s2").target_text == "La réunion a  fini tard."
    assert window.current_segment_id() == "s5"
    window.actions["next_change"].trigger()  # F9 wraps round to the only one left
    assert window.current_segment_id() == "s5"
    window.changes_dock.refresh()
    assert window.changes_dock.model.rowCount() == 1
    window.changes_dock.select_segment("s5")
    window.changes_dock.accept_button.click()
    assert [e.decision for e in session.edits_for("s5")] == ["accepted"]
    assert not window.next_change(True)


def test_state_column_and_sign_off(window, make_session, tmp_path):
    session = open_in(window, make_session())
    model = window.desk.segment_model
    window.grid.select_row(0)
    assert model.index(0, SegmentModel.STATE).data() == "draft"
    window.actions["state_final"].trigger()
    assert session.document.segment("s1").state == "final"
    assert model.index(0, SegmentModel.STATE).data() == "signed off"
    assert window.current_segment_id() == "s2", "signing off moves on"
    for fmt, written in (("xliff2", 'state="final"'), ("xliff12", 'state="final"')):
        out = tmp_path / f"{fmt}.xlf"
        assert files.export_document(window, str(out), fmt)
        assert out.read_text(encoding="utf-8").count(written) == 1, f"{fmt}: the file's own state value"
    window.actions["state_reviewed"].trigger()
    out = tmp_path / "reviewed.xlf"
    assert files.export_document(window, str(out), "xliff12") and 'state="signed-off"' in out.read_text("utf-8")
    window.actions["undo"].trigger()
    assert session.document.segment("s2").state != "reviewed"
    window.actions["undo"].trigger()
    assert session.document.segment("s1").state == "initial"


def test_edited_marker_and_reopen(window, make_session):
    session = open_in(window, make_session())
    model = window.desk.segment_model
    record = next(r for r in open_records(session) if r.issue.segment == "s2")
    window.desk.apply_suggestion(record.signature)
    row = model.row_of["s2"]
    assert str(model.index(row, SegmentModel.NUMBER).data()).startswith("✎")
    assert model.index(row, SegmentModel.STATUS).data() == "edited"
    window.issues_dock.set_filters(status="")
    assert window.issues_dock.select_signature(record.signature)
    assert window.issues_dock.reopen_button.isEnabled()
    window.actions["reopen_issue"].trigger()
    assert session.record(record.signature).status == "open"
    window.actions["undo"].trigger()
    assert session.record(record.signature).status == "fixed"
    ignored = next(r for r in open_records(session) if r.issue.segment == "s1")
    window.ignore_issue(ignored, "a quotation")
    assert window.desk.reopen(ignored.signature)
    assert session.record(ignored.signature).status == "open"


# -- nothing lost, honest exports ----------------------------------------------------------------
def test_file_open_asks_before_dropping_unsaved_work(qtbot, window, make_session, seed_pair, tmp_path):
    session = open_in(window, make_session())
    window.desk.apply_suggestion(next(r for r in open_records(session) if r.issue.suggestions).signature)
    window.answers["keep_review"] = "cancel"
    assert not files.open_paths(window, [str(p) for p in seed_pair])
    assert window.asked == ["keep_review"]
    assert window.desk.session is session and session.edits, "the change is still there"
    window.answers["keep_review"] = "save"
    window.answers["project_path"] = str(tmp_path / "kept")
    with qtbot.waitSignal(window.loaded, timeout=120_000):
        assert files.open_paths(window, [str(p) for p in seed_pair])
    from qa_desk.review import ReviewSession
    window.desk.set_session(None)
    kept = ReviewSession.open_project(str(tmp_path / "kept.qadesk"))
    try:
        assert len(kept.edits) == 1
    finally:
        kept.close()


def test_save_project_and_the_title_bar(window, make_session, tmp_path):
    session = open_in(window, make_session())
    assert "not saved" in window.windowTitle()
    window.desk.apply_suggestion(next(r for r in open_records(session) if r.issue.suggestions).signature)
    assert window.isWindowModified()
    window.answers["project_path"] = str(tmp_path / "desk.qadesk")
    window.actions["save_project"].trigger()
    assert files.project_path_of(window.desk.session)
    assert "desk.qadesk" in window.windowTitle() and not window.isWindowModified()
    window.actions["save_project"].trigger()
    assert "already saved" in window.statusBar().currentMessage()


def test_export_warns_about_pending_changes_and_scores_them(window, make_session, tmp_path):
    session = open_in(window, make_session())
    record = next(r for r in open_records(session) if r.issue.segment == "s2")
    window.desk.apply_suggestion(record.signature)
    report = tmp_path / "report.csv"
    window.answers["pending_export"] = "cancel"
    assert not files.export_report(window, str(report), "csv") and not report.exists()
    window.answers["pending_export"] = "without"
    assert files.export_report(window, str(report), "csv")
    rows = report.read_text(encoding="utf-8-sig")
    issue_rows = [line for line in rows.splitlines() if line.startswith("issue") and SPACE_CHECK in line]
    assert issue_rows and "fix pending" in issue_rows[0], "a fix nobody accepted is no fix in the report"
    out = tmp_path / "out.xlf"
    assert files.export_document(window, str(out), "xliff2")
    assert "left out" in window.statusBar().currentMessage()
    window.answers["pending_export"] = "accept"
    assert files.export_document(window, str(out), "xliff2")
    assert [e.decision for e in session.edits] == ["accepted"]
    assert window.asked.count("pending_export") == 4


def test_export_and_reimport_keeps_ignores(qtbot, window, make_session, tmp_path):
    session = open_in(window, make_session())
    record = next(r for r in open_records(session) if r.issue.segment == "s1")
    window.ignore_issue(record, "quoted speech")
    out = tmp_path / "round.xlf"
    assert files.export_document(window, str(out), "xliff2")
    window.desk.set_session(None)
    window.prefs.house_style = ""
    from qa_desk.app import workers
    job_checks = list(session.check_ids)

    def with_checks(self):  # the fixture checks, as the session was opened with them
        from qa_desk.review.session import ReviewSession
        return ReviewSession.open_files(self.paths, check_ids=job_checks, user=self.user), False
    monkey = pytest.MonkeyPatch()
    monkey.setattr(workers.OpenJob, "_open", with_checks)
    try:
        with qtbot.waitSignal(window.loaded, timeout=60_000) as blocker:
            assert files.open_paths(window, [str(out)])
        assert blocker.args[0] is True
    finally:
        monkey.undo()
    again = window.desk.session
    model = window.desk.segment_model
    assert all("<mrk" not in model.text(row, SegmentModel.TARGET) for row in range(model.rowCount()))
    kept = [r for r in again.issues if r.status == "ignored"]
    assert [(r.issue.text, r.ignore_reason) for r in kept] == [("Il", "quoted speech")]

"""A big bulk change is shown once written, while its re-check runs on a worker; what must see the
final state (undo, saving the project, exports, reports, closing) waits for that re-check.

The re-check is held on a gate here, so each test looks at the window in the middle of it.
"""
from __future__ import annotations

import pytest

from qa_desk.review.search import Search

from .conftest import SPACE_CHECK, hold


@pytest.fixture
def held(window, make_session, monkeypatch):
    """A window on a 45-segment session whose bulk changes go to workers, their re-check held."""
    session = make_session(n_extra=40)
    window.desk.set_session(session)
    desk = window.desk
    desk.background_checks, desk.PLAN_AT, desk.BACKGROUND_AT = True, 10, 10
    gate = hold(monkeypatch, session, "check_unchecked")
    yield session, gate
    gate.set()


def _replace_and_hold(qtbot, window, session):
    """'phrase' -> 'phrase  longue' in 40 targets (each gets a doubled space: a new issue), written."""
    desk = window.desk
    assert desk.replace_all(Search("phrase"), "phrase  longue")
    qtbot.waitUntil(lambda: len(session.edits) == 40, timeout=20000)  # written on the worker
    qtbot.wait(50)
    assert desk.busy  # the re-check is still held


def _space_issues(session) -> int:
    return sum(1 for r in session.issues if r.issue.check == SPACE_CHECK and r.status == "open")


def test_the_written_targets_show_while_their_recheck_runs(qtbot, window, held):
    session, gate = held
    desk, grid = window.desk, window.desk.segment_model
    before = desk.issue_model.open_count
    _replace_and_hold(qtbot, window, session)
    qtbot.waitUntil(lambda: grid.pending_count == 40, timeout=20000)  # the grid has them
    row = grid.row_of["x3"]
    assert "phrase  longue" in grid.data(grid.index(row, grid.TARGET))
    assert grid.row_status(row)[1] == "checking"  # the row says its issues are not in yet
    assert desk.issues_updating and desk.issue_model.open_count == before  # the list as it was, marked
    assert "…" in window.issues_dock.windowTitle()
    assert all(window.filter_bar.check_combo.itemText(n).endswith("(…)")
               for n in range(1, window.filter_bar.check_combo.count()))
    assert not grid.read_only  # edits are taken; they reach the session once the re-check is in
    gate.set()
    qtbot.waitUntil(lambda: not desk.busy, timeout=20000)
    assert not desk.issues_updating and grid.row_status(row)[1] != "checking"
    assert desk.issue_model.open_count == before + 40 == sum(1 for r in session.issues if r.status == "open")
    assert "…" not in window.issues_dock.windowTitle()


def test_a_report_asked_during_the_recheck_is_written_with_the_final_issues(qtbot, window, held, tmp_path):
    from qa_desk.app import exporting
    session, gate = held
    _replace_and_hold(qtbot, window, session)
    report = tmp_path / "report.csv"
    assert not exporting.export_report(window, str(report), "csv")
    assert not report.exists()  # it waits
    gate.set()
    qtbot.waitUntil(lambda: not window.desk.busy and report.exists(), timeout=20000)
    rows = report.read_text(encoding="utf-8-sig")
    assert rows.count(SPACE_CHECK) >= _space_issues(session) == 41  # s2's and the 40 new ones


def test_an_export_asked_during_the_recheck_waits_for_it(qtbot, window, held, tmp_path):
    from qa_desk.app import exporting
    session, gate = held
    _replace_and_hold(qtbot, window, session)
    out = tmp_path / "out.xlf"
    assert not exporting.export_document(window, str(out), "xliff2")
    assert not out.exists()
    gate.set()
    qtbot.waitUntil(lambda: not window.desk.busy and out.exists(), timeout=20000)
    actions = [entry.action for entry in session.audit_trail()]
    assert actions.index("export") > actions.index("recheck")  # written from the final state


def test_undo_during_the_recheck_runs_once_it_is_in(qtbot, window, held):
    session, gate = held
    before = {s.id: s.target_text for s in session.document.segments}
    issues = sorted(r.signature for r in session.issues if r.status == "open")
    _replace_and_hold(qtbot, window, session)
    window.actions["undo"].trigger()
    assert window.desk.undo_stack.index() == 1  # not yet: it waits
    gate.set()
    qtbot.waitUntil(lambda: not window.desk.busy and window.desk.undo_stack.index() == 0, timeout=20000)
    qtbot.waitUntil(lambda: not window.desk.busy, timeout=20000)
    assert {s.id: s.target_text for s in session.document.segments} == before
    assert not [e for e in session.edits if e.decision == "pending"]
    assert sorted(r.signature for r in session.issues if r.status == "open") == issues
    assert window.desk.issue_model.open_count == len(issues)
    window.actions["redo"].trigger()  # and redo, idle again, runs at once (on a worker)
    qtbot.waitUntil(lambda: not window.desk.busy, timeout=20000)
    assert _space_issues(session) == 41


def test_saving_the_project_during_the_recheck_saves_the_final_state(qtbot, window, held, tmp_path):
    from qa_desk.app import files
    from qa_desk.review.session import ReviewSession
    session, gate = held
    _replace_and_hold(qtbot, window, session)
    path = str(tmp_path / "review.qadesk")
    assert not files.save_project(window, path)
    assert not (tmp_path / "review.qadesk").exists()
    gate.set()
    qtbot.waitUntil(lambda: not window.desk.busy and (tmp_path / "review.qadesk").exists(), timeout=20000)
    final = sorted((r.signature, r.status) for r in session.issues)
    window.desk.set_session(None)
    with ReviewSession.open_project(path) as again:
        assert sorted((r.signature, r.status) for r in again.issues) == final
        assert sum(1 for e in again.edits if e.decision == "pending") == 40


def test_closing_the_window_during_the_recheck_waits_for_it(qtbot, window, held, tmp_path):
    session, gate = held
    window.show()
    _replace_and_hold(qtbot, window, session)
    window.close()
    assert window.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    assert _space_issues(session) == 41  # the re-check was in before the window let the session go


def test_an_edit_made_during_the_recheck_is_applied_after_it_and_rechecked(qtbot, window, held):
    session, gate = held
    desk, grid = window.desk, window.desk.segment_model
    _replace_and_hold(qtbot, window, session)
    qtbot.waitUntil(lambda: grid.pending_count == 40, timeout=20000)
    assert not grid.read_only  # the grid takes edits while the re-check runs
    row = grid.row_of["x3"]
    assert grid.setData(grid.index(row, grid.TARGET), "une phrase  sans  fin")  # two doubled spaces
    assert desk.busy  # still held: the edit waits for the re-check, it is not lost
    gate.set()
    qtbot.waitUntil(lambda: not desk.busy and not desk._deferred, timeout=20000)
    assert session.document.segment("x3").target_text == "une phrase  sans  fin"  # after the replace
    assert "sans  fin" in grid.data(grid.index(grid.row_of["x3"], grid.TARGET))
    mine = sorted(r.issue.start for r in session.issues if r.issue.check == SPACE_CHECK
                  and r.status == "open" and r.issue.segment == "x3")
    assert mine == [10, 16]  # x3's issues are those of the edited text, re-checked
    assert desk.issue_model.open_count == sum(1 for r in session.issues if r.status == "open")
    assert desk.undo_stack.index() == 2  # the replace, then the edit: in the order asked

"""Issue 16's workflows, driven through the window as a translator and an editor would.

Translator: navigate, apply (the next issue is selected, the focus stays in the grid), apply to
all identical issues, fix all of a document-wide issue, find and replace, propagation, undo.
Editor: filter the grid to pending changes, accept / reject with auto-advance, next/previous change.
Both: nothing lost on File > Open, honest exports, export and re-import with ignores kept.
"""
import pytest

from qa_desk.app import files
from qa_desk.app.models import SegmentModel
from qa_desk.app.qt import Qt
from qa_desk.model import BilingualDocument, Content, Issue, Occurrence, Segment
from qa_desk.review.session_types import IssueRecord

from .conftest import PRONOUN_CHECK, SPACE_CHECK


def _open(window, session):
    window.desk.set_session(session)
    window.show()
    window.activateWindow()
    return session


def _opened(session):
    return [r for r in session.issues if r.status == "open"]


def _repeated_document() -> BilingualDocument:
    """A sentence repeated four times (the same wrong pronoun each time) among others."""
    segments = []
    for n in range(1, 9):
        if n % 2:
            segments.append(Segment(str(n), Content("She left early."), Content("Il est parti tôt.")))
        else:
            segments.append(Segment(str(n), Content(f"Line {n} is plain."), Content(f"La ligne {n} est  simple.")))
    return BilingualDocument(segments, path="/tmp/rep.en.txt", target_path="/tmp/rep.fr.txt")


@pytest.fixture
def repeated_session(fixture_checks):
    from qa_desk.review.session import ReviewSession
    session = ReviewSession.from_document(_repeated_document(), check_ids=list(fixture_checks), user="tester")
    yield session
    session.close()


# -- translator --------------------------------------------------------------------------------
def test_apply_selects_the_next_issue_and_keeps_focus_in_the_grid(qtbot, window, make_session):
    session = _open(window, make_session())
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
    session = _open(window, make_session())
    il = next(r for r in _opened(session) if r.issue.text == "Il" and r.issue.segment == "s1")
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
    session = _open(window, make_session())
    total = window.issues_dock.proxy.rowCount()
    window.issues_dock.group_box.setChecked(True)
    assert window.issues_dock.proxy.rowCount() == total - 1  # the two identical "Il" share a line
    texts = [window.issues_dock.proxy.index(r, 3).data() for r in range(window.issues_dock.proxy.rowCount())]
    assert "Il ×2" in texts


def test_fix_all_of_a_document_level_issue(window, make_session):
    session = _open(window, make_session())
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
    session = _open(window, make_session(n_extra=3))
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
    session = _open(window, repeated_session)
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
    session = _open(window, repeated_session)
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
    assert not [r for r in _opened(session) if r.issue.check == SPACE_CHECK]
    window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: not window.desk.busy, timeout=20000)
    assert len([r for r in _opened(session) if r.issue.check == SPACE_CHECK]) == 4


def test_a_click_on_a_span_selects_that_issue(qtbot, window, make_session):
    session = _open(window, make_session())
    window.resize(1400, 800)
    qtbot.waitExposed(window)
    window.grid.fit_visible_rows()
    row = window.desk.segment_model.row_of["s5"]
    second = next(r for r in _opened(session) if r.issue.segment == "s5" and r.issue.text == "il")
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
    session = _open(window, make_session(n_extra=4))
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
    _open(window, make_session(n_extra=2))
    window.filter_bar.set_filter(check=SPACE_CHECK)
    assert window.show_segment("x1")
    assert window.desk.segment_model.rowCount() == 7


# -- editor ------------------------------------------------------------------------------------
def test_editor_filters_pending_and_decides_with_auto_advance(window, make_session):
    session = _open(window, make_session())
    for record in [r for r in _opened(session) if r.issue.suggestions and r.issue.text in ("Il", "  ")]:
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
    session = _open(window, make_session())
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
    session = _open(window, make_session())
    model = window.desk.segment_model
    record = next(r for r in _opened(session) if r.issue.segment == "s2")
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
    ignored = next(r for r in _opened(session) if r.issue.segment == "s1")
    window.ignore_issue(ignored, "a quotation")
    assert window.desk.reopen(ignored.signature)
    assert session.record(ignored.signature).status == "open"


# -- nothing lost, honest exports ----------------------------------------------------------------
def test_file_open_asks_before_dropping_unsaved_work(qtbot, window, make_session, seed_pair, tmp_path):
    session = _open(window, make_session())
    window.desk.apply_suggestion(next(r for r in _opened(session) if r.issue.suggestions).signature)
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
    session = _open(window, make_session())
    assert "not saved" in window.windowTitle()
    window.desk.apply_suggestion(next(r for r in _opened(session) if r.issue.suggestions).signature)
    assert window.isWindowModified()
    window.answers["project_path"] = str(tmp_path / "desk.qadesk")
    window.actions["save_project"].trigger()
    assert files.project_path_of(window.desk.session)
    assert "desk.qadesk" in window.windowTitle() and not window.isWindowModified()
    window.actions["save_project"].trigger()
    assert "already saved" in window.statusBar().currentMessage()


def test_export_warns_about_pending_changes_and_scores_them(window, make_session, tmp_path):
    session = _open(window, make_session())
    record = next(r for r in _opened(session) if r.issue.segment == "s2")
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
    session = _open(window, make_session())
    record = next(r for r in _opened(session) if r.issue.segment == "s1")
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


# -- small ones ------------------------------------------------------------------------------------
def test_plural_forms_and_labels(window, make_session, prefs):
    from qa_desk.app.i18n import tr
    from qa_desk.app.preferences import PreferencesDialog
    assert tr("%n pending change(s)", "", 1) == "1 pending change"
    assert tr("%n pending change(s)", "", 2) == "2 pending changes"
    assert tr("%n pending change(s)", "", 12345) == "12,345 pending changes"
    session = _open(window, make_session())
    window.desk.apply_suggestion(next(r for r in _opened(session) if r.issue.suggestions).signature)
    assert "1 pending change" in window.status_label.text() and "changes" not in window.status_label.text()
    dialog = PreferencesDialog(prefs, window)
    from qa_desk.app.qt import QLabel
    labels = [w for w in dialog.findChildren(QLabel) if "House style" in w.text()]
    assert labels and labels[0].buddy() is dialog.style_edit, "a mnemonic, not a literal &"


def test_audit_trail_in_plain_words(window, make_session):
    session = _open(window, make_session())
    record = next(r for r in _opened(session) if r.issue.segment == "s2")
    window.desk.apply_suggestion(record.signature)
    window.set_editor_mode(True)
    window.grid.select_row(window.desk.segment_model.row_of["s2"])
    window.decide_current("accepted")
    window.audit_dock.show()
    window.audit_dock.refresh()
    texts = [window.audit_dock.model.index(r, 3).data() for r in range(window.audit_dock.model.rowCount())]
    assert texts[0] == "1 change accepted"
    assert texts[1].startswith("Applied “ ” in segment 2 (app-test-space)")
    assert not any("{" in t or "segments: []" in t for t in texts)


def test_no_commit_warning_after_a_gender_edit(qtbot, window, qtlog, seed_pair):
    """The gender is chosen the way a user does: the combo's popup, Down, Return (the warning came
    from the view committing an editor the reset models had already taken away)."""
    from qa_desk.app.qt import QApplication, QComboBox
    with qtbot.waitSignal(window.loaded, timeout=120_000):
        files.open_paths(window, [str(p) for p in seed_pair])
    model = window.desk.people_model
    if model.rowCount() == 0:
        pytest.skip("the cast is empty")
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.people_dock.show()
    view = window.people_dock.view
    index = model.index(0, 1)
    view.setCurrentIndex(index)
    view.setFocus()
    view.edit(index)
    combo = view.findChild(QComboBox)
    assert combo is not None
    assert QApplication.focusWidget() is combo, "the editor has the focus, as under a user's hand"
    combo.showPopup()
    qtbot.wait(50)
    popup = combo.view()
    for _ in range(2):  # "automatic" -> another gender
        qtbot.keyClick(popup, Qt.Key_Down)
    qtbot.keyClick(popup, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.desk.undo_stack.count() == 1)
    qtbot.waitUntil(lambda: not window.desk.busy, timeout=60_000)
    qtbot.wait(200)
    qtbot.mouseClick(window.grid.viewport(), Qt.LeftButton)
    qtbot.wait(50)
    assert not [m for m in qtlog.records if "commitData" in m.message or "editor that does not belong" in m.message]


def test_a_restored_layout_keeps_the_window_on_screen_and_the_grid_wide(qtbot, prefs):
    from qa_desk.app.main_window import MainWindow
    from qa_desk.app.qt import QGuiApplication
    first = MainWindow(prefs)
    first.quiet = True
    qtbot.addWidget(first)
    first.resize(1000, 700)
    first.show()
    first.resizeDocks([first.issues_dock], [960], Qt.Horizontal)
    first.move(20000, 20000)
    files.save_window(first)
    second = MainWindow(prefs)
    second.quiet = True
    qtbot.addWidget(second)
    second.show()
    area = QGuiApplication.primaryScreen().availableGeometry()
    frame = second.frameGeometry()
    assert area.contains(frame.topLeft()), "a window saved off-screen comes back on it"
    narrowest = second.minimumSizeHint().width() + frame.width() - second.width()
    assert frame.right() <= area.right() + 1 or frame.width() <= narrowest + 1
    assert second.grid.width() >= 300
    assert second.frameGeometry().topLeft() != first.frameGeometry().topLeft() or not first.isVisible()


def test_the_issue_list_sorts_by_severity_first_and_by_any_column(window, make_session):
    """Default sort: worst first, then document order; a header click sorts the records themselves
    (the filter proxy keeps their order), and the selected issue stays selected."""
    from qa_desk.app.issue_models import IssueModel
    from qa_desk.app.models import RECORD_ROLE, SEVERITY_ORDER
    _open(window, make_session())
    dock = window.issues_dock
    proxy = dock.proxy

    def column(col):
        return [proxy.index(r, col).data(RECORD_ROLE) for r in range(proxy.rowCount())]
    records = column(0)
    ranks = [-SEVERITY_ORDER[r.issue.severity] for r in records]
    assert ranks == sorted(ranks) and len(set(ranks)) > 1
    chosen = records[-1]
    assert dock.select_signature(chosen.signature)
    dock.view.sortByColumn(IssueModel.CHECK, Qt.AscendingOrder)
    checks = [r.issue.check for r in column(0)]
    assert checks == sorted(checks)
    assert dock.current_record().signature == chosen.signature
    dock.view.sortByColumn(IssueModel.CHECK, Qt.DescendingOrder)
    assert [r.issue.check for r in column(0)] == sorted(checks, reverse=True)


def test_a_clean_quit_leaves_no_lock_file(qtbot, prefs, make_session, tmp_path):
    from pathlib import Path

    from qa_desk.app.main_window import MainWindow
    project = tmp_path / "quit.qadesk"
    window = MainWindow(prefs)
    window.quiet = True
    qtbot.addWidget(window)
    session = make_session(project_path=str(project))
    window.desk.set_session(session)
    window.show()
    lock = Path(str(project) + ".lock")
    assert lock.exists()
    assert window.close()
    assert not lock.exists()

"""Issue 16's small ones, through the window: plural forms and labels, the audit trail in plain
words, no commitData warning after a gender edit, a restored layout kept on screen, the issue list's
sort, no lock file after a clean quit.
"""

import pytest

from qa_desk.app import files
from qa_desk.app.qt import Qt

from .conftest import open_in, open_records


# -- small ones ------------------------------------------------------------------------------------
def test_plural_forms_and_labels(window, make_session, prefs):
    from qa_desk.app.i18n import tr
    from qa_desk.app.preferences import PreferencesDialog
    assert tr("%n pending change(s)", "", 1) == "1 pending change"
    assert tr("%n pending change(s)", "", 2) == "2 pending changes"
    assert tr("%n pending change(s)", "", 12345) == "12,345 pending changes"
    session = open_in(window, make_session())
    window.desk.apply_suggestion(next(r for r in open_records(session) if r.issue.suggestions).signature)
    assert "1 pending change" in window.status_label.text() and "changes" not in window.status_label.text()
    dialog = PreferencesDialog(prefs, window)
    from qa_desk.app.qt import QLabel
    labels = [w for w in dialog.findChildren(QLabel) if "House style" in w.text()]
    assert labels and labels[0].buddy() is dialog.style_edit, "a mnemonic, not a literal &"


def test_audit_trail_in_plain_words(window, make_session):
    session = open_in(window, make_session())
    record = next(r for r in open_records(session) if r.issue.segment == "s2")
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
    open_in(window, make_session())
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

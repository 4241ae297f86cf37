"""The app answers the corpus as the command does: the same one-line reason, in a dialog.

The window's QMessageBox is a subclass whose open() records the text (no
dialog on screen, no modal loop); the window is not in quiet mode, so the
real error path (MainWindow.show_error) runs.
"""
import pytest

from qa_desk.app import files, main_window
from qa_desk.app.qt import QMessageBox
from qa_desk.cli import main

LOAD_TIMEOUT = 60_000


class DialogRecorder(QMessageBox):
    """A real message box whose open() records its text instead of showing it."""

    shown: list = []

    def open(self):
        DialogRecorder.shown.append(self.text())


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from qa_desk.app.preferences import Preferences
    from qa_desk.app.qt import QSettings
    monkeypatch.setattr(main_window, "QMessageBox", DialogRecorder)
    DialogRecorder.shown = []
    prefs = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    win = main_window.MainWindow(prefs)
    win.quiet = False
    qtbot.addWidget(win)
    yield win
    win.quiet = True  # closing asks nothing


def _open(qtbot, window, paths) -> bool:
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT) as blocker:
        assert files.open_paths(window, [str(p) for p in paths])
    return blocker.args[0]


def test_bad_file_gets_the_commands_reason_in_a_dialog(qtbot, window, bad_corpus, refused_case, capsys,
                                                      no_network):
    paths = bad_corpus.paths(refused_case)
    before = bad_corpus.digest(paths)
    assert main(["check", *map(str, paths)]) == 2
    reason = capsys.readouterr().err.removeprefix("qa-desk: ").rstrip("\n")
    assert _open(qtbot, window, paths) is False
    assert DialogRecorder.shown == [reason]
    assert window.desk.session is None and window.job is None
    assert bad_corpus.token not in reason
    assert bad_corpus.digest(paths) == before


def test_odd_but_valid_file_opens_without_a_dialog(qtbot, window, bad_corpus, app_ok_case, no_network):
    paths = bad_corpus.paths(app_ok_case)
    assert _open(qtbot, window, paths) is True
    assert DialogRecorder.shown == []
    texts = " ".join(f"{s.source.text} {s.target_text}" for s in window.desk.session.document.segments)
    assert app_ok_case.fragment in texts

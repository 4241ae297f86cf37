"""The project survives a SIGKILL of the running app, and two apps cannot share one project.

A child process runs the real window offscreen, applies decisions through the
desk's undo commands and prints each one once the desk has applied it; the
test kills it with SIGKILL at an arbitrary moment, reopens the project and
finds every reported decision.
"""
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from qa_desk.app import files, main_window
from qa_desk.app.qt import QMessageBox
from qa_desk.model import BilingualDocument, Content, Segment
from qa_desk.review import ReviewSession

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).resolve().parent / "drivers" / "app_driver.py"


def _project(path: Path) -> Path:
    segments = [Segment(f"s{n}", Content(f"Sentence {n} of the story."), Content(f"Phrase {n} de l'article."),
                        paragraph=n) for n in range(1, 7)]
    session = ReviewSession.from_document(BilingualDocument(segments, path=str(path.with_suffix(".txt"))),
                                          str(path), check_ids=["double-space"], user="setup")
    session.close()
    return path


def _child(mode: str, project: Path) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), HOME=str(project.parent),
               XDG_CONFIG_HOME=str(project.parent / "cfg"))
    return subprocess.Popen([sys.executable, str(DRIVER), mode, str(project)], stdout=subprocess.PIPE,
                            stdin=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)


def _read_until_killed(child: subprocess.Popen, delay: float, after_edits: int = 0) -> list[str]:
    """Kill the child ``delay`` seconds after it printed ``after_edits`` edits (a busy machine slows it:
    counting edits, not seconds, keeps the kill in the middle of the review)."""
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(child.stdout), daemon=True)
    reader.start()
    deadline = time.monotonic() + 120
    while not lines and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.01)
    assert lines and lines[0].strip() == "ready", (lines, child.stderr.read() if child.poll() is not None else "")
    while sum(line.startswith("edit ") for line in list(lines)) < after_edits and time.monotonic() < deadline \
            and child.poll() is None:
        time.sleep(0.01)
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    reader.join(timeout=30)
    return [line.rstrip("\n") for line in lines]


@pytest.mark.parametrize("delay", [0.4, 1.3])
def test_app_killed_mid_review_loses_no_reported_decision(tmp_path, delay):
    project = _project(tmp_path / "review.qadesk")
    child = _child("review", project)
    lines = _read_until_killed(child, delay, after_edits=4)
    assert child.returncode == -signal.SIGKILL
    assert not any(line.startswith("error") for line in lines), lines[-3:]
    edits = [line.split(" ", 3) for line in lines if line.startswith("edit ")]
    accepted = [int(line.split()[1]) for line in lines if line.startswith("accepted ")]
    assert len(edits) >= 4, "killed before it did anything; raise the delay"
    conn = sqlite3.connect(project)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    again = ReviewSession.open_project(str(project))  # the dead app's lock is taken over
    try:
        stored = {e.id: e for e in again.edits}
        for _, edit_id, seg_id, text in edits:
            assert stored[int(edit_id)].segment == seg_id and stored[int(edit_id)].after == text
        assert all(stored[i].decision == "accepted" for i in accepted)
        assert len(stored) <= len(edits) + 1  # at most one committed and not yet printed
    finally:
        again.close()


class DialogRecorder(QMessageBox):
    shown: list = []

    def open(self):
        DialogRecorder.shown.append(self.text())


def test_second_app_is_refused_with_a_clear_message(qtbot, tmp_path, monkeypatch):
    from qa_desk.app.preferences import Preferences
    from qa_desk.app.qt import QSettings
    project = _project(tmp_path / "shared.qadesk")
    before = project.read_bytes()
    child = _child("hold", project)
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        monkeypatch.setattr(main_window, "QMessageBox", DialogRecorder)
        DialogRecorder.shown = []
        window = main_window.MainWindow(Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)))
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.loaded, timeout=60_000) as blocker:
            assert files.open_project(window, str(project))
        assert blocker.args[0] is False and window.desk.session is None
        assert DialogRecorder.shown == [f"{project}: project is open in another qa-desk (pid {child.pid})"]
        assert project.read_bytes() == before
    finally:
        child.kill()
        child.wait()
    with qtbot.waitSignal(window.loaded, timeout=60_000) as blocker:  # the holder died: the lock is free
        assert files.open_project(window, str(project))
    assert blocker.args[0] is True
    window.quiet = True

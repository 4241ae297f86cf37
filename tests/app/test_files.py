"""Opening in the background, bad input, projects, export and the --screenshot mode."""
from pathlib import Path

import pytest

from qa_desk.app import files
from qa_desk.app.qt import QImage

LOAD_TIMEOUT = 120_000


def _load(qtbot, window, paths):
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT) as blocker:
        assert files.open_paths(window, [str(p) for p in paths])
    return blocker.args[0]


def test_open_pair_in_background_then_bad_file_keeps_it(qtbot, window, seed_pair, tmp_path):
    assert _load(qtbot, window, seed_pair) is True
    session = window.desk.session
    assert session is not None and window.desk.segment_model.rowCount() == len(session.document.segments)
    assert window.job is None and not window.progress.isVisible()
    assert window.prefs.recent_files()[0] == [str(Path(p).resolve()) for p in seed_pair]
    # the Recent files menu is refilled after the open, without being shown first
    assert any(Path(seed_pair[0]).name in action.text() for action in window.recent_menu.actions())
    hostile = tmp_path / "bad.xlf"
    hostile.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><xliff version="1.2">&a;</xliff>')
    assert _load(qtbot, window, [hostile]) is False
    assert window.last_error and "\n" not in window.last_error
    assert window.desk.session is session, "the open document is not lost"


def test_wrong_number_of_files_is_refused(window, tmp_path):
    paths = []
    for n in range(3):
        path = tmp_path / f"f{n}.txt"
        path.write_text("Hello.\n")
        paths.append(str(path))
    assert not files.open_paths(window, paths)
    assert window.last_error


def test_pair_order_puts_english_first(seed_pair):
    en, fr = (str(p) for p in seed_pair)
    assert files.order_pair([fr, en]) == [en, fr]
    assert files.order_pair([en, fr]) == [en, fr]


def test_export_and_reports_write_files(qtbot, window, seed_pair, tmp_path):
    assert _load(qtbot, window, seed_pair)
    session = window.desk.session
    record = next((r for r in session.issues if r.status == "open" and r.issue.suggestions), None)
    if record is None:
        pytest.skip("the checks found nothing to fix in the seed")
    assert window.desk.apply_suggestion(record.signature)
    fixed = session.document.segment(record.issue.segment).target_text
    assert window.desk.decide_segment(record.issue.segment, "accepted")
    out_text = tmp_path / "fixed.txt"
    assert files.export_document(window, str(out_text), "text")
    assert fixed in out_text.read_text(encoding="utf-8")
    for fmt in ("xliff12", "xliff2"):
        out = tmp_path / f"fixed-{fmt}.xlf"
        assert files.export_document(window, str(out), fmt), window.last_error
        assert out.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for kind in ("html", "csv"):
        out = tmp_path / f"report.{kind}"
        assert files.export_report(window, str(out), kind), window.last_error
        assert out.stat().st_size > 100


def test_project_save_and_reopen_keeps_decisions(qtbot, window, seed_pair, tmp_path):
    assert _load(qtbot, window, seed_pair)
    session = window.desk.session
    record = next((r for r in session.issues if r.status == "open"), None)
    if record is None:
        pytest.skip("no issue in the seed")
    project = tmp_path / "review.qadesk"
    assert files.save_as_project(window, str(project))
    assert files.project_path_of(window.desk.session)
    assert window.ignore_issue(record, "checked by hand", "document")
    assert _load(qtbot, window, [project]) is True
    reopened = window.desk.session
    assert reopened.record(record.signature).status == "ignored"
    assert reopened.record(record.signature).ignore_reason == "checked by hand"


def test_screenshot_writes_a_png(qapp, seed_pair, tmp_path, settings):
    from qa_desk.app.main import run_app
    out = tmp_path / "desk.png"
    assert run_app([str(p) for p in seed_pair], screenshot=str(out), settings=settings, size=(1100, 700)) == 0
    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() >= 1000 and image.height() >= 600


def test_screenshot_of_bad_input_fails_cleanly(qapp, tmp_path, settings):
    from qa_desk.app.main import run_app
    missing = tmp_path / "missing.xlf"
    out = tmp_path / "bad.png"
    assert run_app([str(missing)], screenshot=str(out), settings=settings) == 1
    assert out.exists()  # the empty desk is still pictured


def test_document_shows_before_its_checks(qtbot, window, seed_pair, monkeypatch):
    seen = []
    original = files._document_ready

    def spy(win, job, session):
        original(win, job, session)
        # the worker numbered the segments: the GUI thread adopts its look-up, it does not make one
        order = win.desk.segment_model.order
        assert order is job.order and list(order) == [s.id for s in session.document.segments]
        seen.append((win.desk.segment_model.rowCount(), len(session.issues), win.desk.busy,
                     win.desk.edit_target(session.document.segments[0].id, "x")))
    monkeypatch.setattr(files, "_document_ready", spy)
    assert _load(qtbot, window, seed_pair)
    assert seen, "the document was shown before the checks ran"
    rows, _issues, busy, edited = seen[0]
    # the checks run in a worker and may already be done on a fast machine: what matters is that
    # the rows are there while the desk is busy, and that an edit waits
    assert rows > 0 and busy and not edited, "edits wait for the checks"
    assert not window.desk.busy
    assert window.desk.issue_model.rowCount() == len(window.desk.session.issues) > 0


def test_command_line_screenshot_dark(tmp_path, seed_pair):
    """The real entry point, in its own process, with a throw-away home for QSettings."""
    import os
    import subprocess
    import sys
    out = tmp_path / "dark.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    done = subprocess.run([sys.executable, "-m", "qa_desk.app.main", "--theme", "dark", "--screenshot", str(out),
                           *(str(p) for p in seed_pair)], capture_output=True, text=True, timeout=300, env=env,
                          cwd=str(Path(__file__).resolve().parents[2]))
    assert done.returncode == 0, done.stderr[-800:]
    image = QImage(str(out))
    assert not image.isNull()
    # dark palette: the window background is dark
    colour = image.pixelColor(image.width() - 5, image.height() // 2)
    assert colour.lightness() < 100
    assert (tmp_path / "cfg").exists() or any(tmp_path.rglob("*.conf")), "settings stayed in the throw-away home"


def _pair(folder, name, english, french):
    en, fr = folder / f"{name}.en.txt", folder / f"{name}.fr.txt"
    en.write_text(english + "\n", encoding="utf-8")
    fr.write_text(french + "\n", encoding="utf-8")
    return [en, fr]


def test_a_project_with_two_documents_switches_between_them(qtbot, window, tmp_path):
    project = tmp_path / "desk.qadesk"
    first = _pair(tmp_path, "one", "She left on Monday.", "Il est parti lundi.")
    second = _pair(tmp_path, "two", "The talks resumed.", "Les  pourparlers ont repris.")
    assert _load(qtbot, window, first) is True
    assert files.save_as_project(window, str(project))
    first_id = window.desk.session.doc_id
    assert not window.documents_menu.isEnabled()  # one document: nothing to switch to
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT) as blocker:
        assert files.add_to_project(window, second)
    assert blocker.args[0] is True
    second_id = window.desk.session.doc_id
    assert second_id != first_id and "pourparlers" in window.desk.session.document.segments[0].target_text
    labels = [a.text() for a in window.documents_menu.actions()]
    assert len(labels) == 2 and window.documents_menu.isEnabled()
    assert [a.isChecked() for a in window.documents_menu.actions()] == [False, True]
    window.documents_menu.actions()[0].trigger()  # back to the first, decisions and all
    assert window.desk.session.doc_id == first_id
    assert "parti" in window.desk.session.document.segments[0].target_text
    assert window.desk.session.issues is not None  # the project is still open under the new session
    assert files.switch_document(window, second_id) and window.desk.session.doc_id == second_id


def test_a_document_that_cannot_be_added_leaves_the_project_as_it_was(qtbot, window, tmp_path):
    project = tmp_path / "desk.qadesk"
    assert _load(qtbot, window, _pair(tmp_path, "one", "She left.", "Il est parti.")) is True
    assert files.save_as_project(window, str(project))
    first_id = window.desk.session.doc_id
    bad = tmp_path / "bad.xlf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n not a bilingual file")
    window.show_error = lambda message: None  # no modal dialog in the test
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT):
        files.add_to_project(window, [bad])
    qtbot.waitUntil(lambda: window.desk.session is not None and window.job is None, timeout=LOAD_TIMEOUT)
    assert window.desk.session.doc_id == first_id
    assert [d["id"] for d in window.desk.session.documents()] == [first_id]

"""A small driver of the real app, run in a child process by the robustness tests.

``network OUTDIR FILES...``: with every socket call refused from the first
line, load spaCy, run the whole command path (check, fix, convert, batch) and
the app path (open offscreen, checks, export XLIFF and HTML), then print the
connection attempts as JSON.

``review PROJECT``: open the project in the app's window, apply decisions
through the desk's undo commands, and print each one once the desk has
applied it (the test kills this process with SIGKILL at some moment).

``hold PROJECT``: open the project in the app and keep it until stdin closes.
"""
from __future__ import annotations

import json
import os
import socket
import sys

ATTEMPTS: list[str] = []


def block_network() -> None:
    def refuse(name):
        def blocked(*args, **kwargs):
            ATTEMPTS.append(name)
            raise OSError(f"network blocked ({name})")
        return blocked
    socket.socket.connect = refuse("connect")
    socket.socket.connect_ex = refuse("connect_ex")
    socket.create_connection = refuse("create_connection")
    socket.getaddrinfo = refuse("getaddrinfo")
    socket.gethostbyname = refuse("gethostbyname")


def _window(settings_dir: str):
    from qa_desk.app.main import _application
    from qa_desk.app.main_window import MainWindow
    from qa_desk.app.preferences import Preferences
    from qa_desk.app.qt import QSettings
    app = _application()
    prefs = Preferences(QSettings(os.path.join(settings_dir, "settings.ini"), QSettings.IniFormat))
    prefs.user = "driver"
    window = MainWindow(prefs)
    window.quiet = True
    window.show()
    return app, window


def _load(window, paths: list[str]) -> bool:
    from qa_desk.app import files
    from qa_desk.app.qt import QEventLoop, QTimer
    loop, result = QEventLoop(), {}
    window.loaded.connect(lambda ok: (result.setdefault("ok", ok), loop.quit()))
    QTimer.singleShot(120_000, loop.quit)
    if files.open_paths(window, paths):
        loop.exec()
    return bool(result.get("ok"))


def network(outdir: str, paths: list[str]) -> int:
    block_network()
    from qa_desk.cli import main
    from qa_desk.nlp.pipeline import get_nlp
    get_nlp()("Elle est partie.")  # the French model, from disk
    out = {}
    pair, bilingual = paths[:2], paths[2:]
    codes = [main(["check", *pair, "--format", "json", "-o", os.path.join(outdir, "pair.json")]),
             main(["fix", *pair, "--checks", "spacing,quotes,apostrophe,gender", "-o",
                   os.path.join(outdir, "fixed.txt")]),
             main(["convert", *pair, "-o", os.path.join(outdir, "pair.xlf")])]
    for n, path in enumerate(bilingual):
        codes.append(main(["check", path, "-o", os.path.join(outdir, f"b{n}.txt")]))
        codes.append(main(["convert", path, "--to", "xliff12", "-o", os.path.join(outdir, f"b{n}.12.xlf")]))
    tsv = os.path.join(outdir, "list.tsv")
    with open(tsv, "w", encoding="utf-8") as handle:
        handle.write("\t".join(pair) + "\n" + "".join(f"{p}\n" for p in bilingual))
    codes.append(main(["batch", tsv, "-o", os.path.join(outdir, "batch"), "--jobs", "2", "--fix", "spacing"]))
    out["codes"] = codes
    app, window = _window(outdir)
    out["app_loaded"] = _load(window, pair)
    out["app_issues"] = len(window.desk.session.issues) if window.desk.session else -1
    out["app_export"] = window.desk.export(os.path.join(outdir, "app.xlf"), "xliff2")
    out["app_report"] = window.desk.export_report(os.path.join(outdir, "app.html"), "html")
    out["app_loaded_xliff"] = [_load(window, [p]) for p in bilingual]
    out["app_error"] = window.last_error
    out["attempts"] = ATTEMPTS
    window.close()
    print(json.dumps(out), flush=True)
    return 0


def review(project: str) -> int:
    """Decisions through the desk, each printed once applied (then committed by the session)."""
    app, window = _window(os.path.dirname(project))
    if not _load(window, [project]):
        print(f"error {window.last_error}", flush=True)
        return 1
    desk = window.desk
    print("ready", flush=True)
    segments = [s.id for s in desk.session.document.segments]
    for round_no in range(1000):
        for seg_id in segments:
            text = f"Cible {round_no}-{seg_id} revue."
            desk.edit_target(seg_id, text)
            app.processEvents()
            edit = desk.session.edits[-1]
            if window.last_error or edit.after != text:
                print(f"error {window.last_error}", flush=True)
                return 1
            print(f"edit {edit.id} {seg_id} {text}", flush=True)
            if round_no % 2 == 0:
                desk.decide_segment(seg_id, "accepted")
                if desk.session.edit(edit.id).decision != "accepted":
                    print(f"error {window.last_error}", flush=True)
                    return 1
                print(f"accepted {edit.id}", flush=True)
    return 0


def hold(project: str) -> int:
    """Open the project in the app and keep it open until stdin closes."""
    app, window = _window(os.path.dirname(project))
    if not _load(window, [project]):
        print(f"error {window.last_error}", flush=True)
        return 1
    print("ready", flush=True)
    sys.stdin.readline()
    window.close()
    return 0


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    if command == "network":
        sys.exit(network(rest[0], rest[1:]))
    sys.exit({"review": review, "hold": hold}[command](rest[0]))

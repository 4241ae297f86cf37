"""The desk on a 100,000-segment XLIFF: first screen, filters, replace-all, and the longest GUI stall.

Drives the real window (offscreen) the way a user does: File > Open (the worker streams the first
rows, which the window shows at once: the first screen; then it reads and validates the whole file,
the window shows it, the worker checks it), a filter by check (and by severity, open issues, a text
search), Find and replace across every target (one undo step; planned, written and re-checked on
workers), undo.
A 2 ms QTimer on the GUI thread measures the event loop: the longest gap between two ticks is the
longest freeze a user would feel (goal: none over 100 ms; first screen < 2 s, a filter < 200 ms,
replace-all < 5 s).

    QT_QPA_PLATFORM=offscreen nice .venv/bin/python bench/desk_100k.py [SEGMENTS] [--checks IDS|all]

The XLIFF is built from the seed pair's sentences (numbered so no two are alike, app_first_screen.py).
By default the checks are the segment-scope ones that run in seconds on 100,000 segments
(``--checks all`` runs every check: minutes on this size).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
import weakref
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

FAST_CHECKS = "spacing,quotes,ellipsis,number-space,double-space,repeated-word,brackets,whitespace,tags,placeholders"


def queued() -> float:
    """Seconds the calling thread has waited on a run queue for a core (Linux schedstat; 0 elsewhere)."""
    try:
        with open("/proc/thread-self/schedstat") as handle:
            return int(handle.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


class StallMeter:
    """The longest gap between ticks of a 2 ms timer on the GUI thread, per phase; and the most CPU
    the GUI thread itself spent in one gap (on a machine shared with other jobs a gap also holds time
    the thread waited for a core or for the GIL: ``cpu`` is the work done on the GUI thread); ``core``
    is the time the GUI thread waited for a core in the longest gap (the rest of it, beyond ``cpu``
    and ``core``, it waited for the GIL or slept)."""

    def __init__(self):
        from qa_desk.app.qt import QTimer
        self.timer = QTimer()
        self.timer.setInterval(2)
        self.timer.timeout.connect(self._tick)
        self.reset()
        self.timer.start()

    def _tick(self) -> None:
        now, cpu, waited = time.perf_counter(), time.thread_time(), queued()
        if now - self.last > self.longest:
            self.longest, self.core, self.gap_cpu = now - self.last, waited - self.last_queued, cpu - self.last_cpu
            if self.where is not None:  # --where: what the other threads were running when the gap ended
                self.where = [_place(frame) for ident, frame in sys._current_frames().items()
                              if ident != threading.main_thread().ident]
        self.cpu = max(self.cpu, cpu - self.last_cpu)
        self.last, self.last_cpu, self.last_queued = now, cpu, waited

    where = None  # a list once asked for

    def reset(self) -> None:
        if self.where:
            self.where = []
        self.last, self.last_cpu, self.last_queued = time.perf_counter(), time.thread_time(), queued()
        self.longest = self.cpu = self.core = self.gap_cpu = 0.0

    def read(self) -> float:
        self._tick()  # a phase that ends in a blocking call counts till here
        return self.longest


def _place(frame) -> str:
    """A thread's innermost frames of qa-desk's own code, the innermost first."""
    import traceback
    frames = [f for f in traceback.extract_stack(frame) if "qa_desk" in f.filename][-3:]
    return " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.line}" for f in reversed(frames)) or "(idle)"


def wait(app, condition, timeout: float) -> float:
    started = time.perf_counter()
    while not condition():
        if time.perf_counter() - started > timeout:
            raise TimeoutError("timed out")
        app.processEvents()
        time.sleep(0.001)
    return time.perf_counter() - started


def pump(app, seconds: float) -> None:
    """The event loop for ``seconds`` (the time between two keystrokes)."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


KEY_GAP = 0.12  # seconds between two keystrokes: a fast typist


def paint(window) -> None:
    window.grid.fit_visible_rows()
    window.grid.viewport().repaint()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("segments", nargs="?", type=int, default=100_000)
    parser.add_argument("--checks", default=FAST_CHECKS, help="comma-separated check ids, or 'all'")
    parser.add_argument("--no-replace", action="store_true", help="stop before replace-all and its undo")
    parser.add_argument("--where", action="store_true", help="print what other threads ran when each longest stall ended")
    args = parser.parse_args()
    from app_first_screen import build_xliff, open_window

    from qa_desk.app import files
    from qa_desk.app.workers import OpenJob
    from qa_desk.checks import registry

    registry.load_builtin_checks()
    check_ids = None if args.checks == "all" else [c for c in args.checks.split(",") if c in registry._REGISTRY]
    rows = []

    def row(what: str, seconds: float, stall: float, note: str = "") -> None:
        rows.append((what, seconds, stall, meter.cpu, note))
        print(f"{what:<48} {seconds * 1000:9.0f} ms   longest stall {stall * 1000:6.0f} ms "
              f"(GUI thread busy {meter.cpu * 1000:4.0f} ms; in the longest: busy {meter.gap_cpu * 1000:.0f}, "
              f"waiting for a core {meter.core * 1000:.0f})   {note}", flush=True)
        for place in meter.where or ():
            print(f"    other thread at: {place}", flush=True)

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        path = build_xliff(args.segments, folder)
        print(f"built {args.segments:,} segments ({os.path.getsize(path) / 1e6:.1f} MB) in "
              f"{time.perf_counter() - started:.0f} s; checks: {args.checks}", flush=True)
        app, window = open_window(folder)
        meter = StallMeter()
        if args.where:
            meter.where = []
        model = window.desk.segment_model

        # File > Open: the worker reads, the window shows the text, the worker checks
        loaded = []
        window.loaded.connect(loaded.append)
        meter.reset()
        started = time.perf_counter()
        files.start_job(window, OpenJob(paths=[path], user="bench", check_ids=check_ids), [path])
        wait(app, lambda: model.rowCount() > 0, 600)
        paint(window)
        first = time.perf_counter() - started
        row("first screen (open to first rows painted)", first, meter.read(), f"{model.rowCount():,} rows")
        meter.reset()
        wait(app, lambda: model.rowCount() == args.segments, 600)
        paint(window)
        row("whole file read, validated and in the grid", time.perf_counter() - started, meter.read(),
            f"{model.rowCount():,} rows")
        meter.reset()
        checked = wait(app, lambda: bool(loaded), 3600)
        session = window.desk.session
        row("checks in the worker, GUI live", checked, meter.read(), f"{len(session.issues):,} issues")

        # filters
        counts = {}
        for record in session.issues:
            counts[record.issue.check] = counts.get(record.issue.check, 0) + 1
        bar = window.filter_bar
        words = {}
        for seg in session.document.segments[:2000]:
            for w in seg.target_text.split():
                if len(w) >= 8 and w.isalpha():
                    words[w] = words.get(w, 0) + 1
        word = max(words, key=words.get)  # a word many targets have
        for label, kwargs in (
                [(f"filter: check {c} ({n:,} issues)", {"check": c}) for c, n in
                 sorted(counts.items(), key=lambda kv: -kv[1])[:2]]
                + [("filter: severity major or above", {"check": "", "severity": "major"}),
                   ("filter: segments with open issues", {"severity": "", "show": "issues"}),
                   (f"filter: text in target ('{word}')", {"show": "all", "search": word, "side": "target"})]):
            meter.reset()
            started = time.perf_counter()
            bar.set_filter(**kwargs)
            paint(window)
            row(label, time.perf_counter() - started, meter.read(), f"{model.rowCount():,} rows")
        meter.reset()
        started = time.perf_counter()
        bar.clear()
        paint(window)
        row("filter: clear (all segments again)", time.perf_counter() - started, meter.read(),
            f"{model.rowCount():,} rows")

        # typing a word into Find and replace, a key every KEY_GAP s: the preview follows, the GUI stays live
        dialog = window.show_find_replace()
        meter.reset()
        started = time.perf_counter()
        for n in range(1, len(word) + 1):
            dialog.find_edit.setText(word[:n])  # what a keystroke does (textChanged)
            pump(app, KEY_GAP)
        last_key = time.perf_counter() - KEY_GAP
        wait(app, lambda: not getattr(dialog, "searching", False), 600)
        app.processEvents()
        row(f"find and replace: '{word}' typed ({KEY_GAP * 1000:.0f} ms a key), previewed",
            time.perf_counter() - started, meter.read(),
            f"preview {(time.perf_counter() - last_key) * 1000:.0f} ms after the last key; "
            f"{dialog.summary.text()}, {dialog.table.rowCount()} rows")
        dialog.find_edit.setText("")
        dialog.close()
        if not args.no_replace:
            replace_all(app, window, session, meter, row)
        probe = weakref.ref(session.document.segments[-1])
        session = seg = record = None  # the window's references only: closing frees the document
        meter.reset()
        started = time.perf_counter()
        window.desk.set_session(None)
        try:
            wait(app, lambda: probe() is None, 30)
            freed = "freed"
        except TimeoutError:
            freed = "NOT freed after 30 s (something keeps the closed session)"
        row("closing the document, till its segments are freed", time.perf_counter() - started, meter.read(), freed)
        window.close()
    _summary(rows)


def replace_all(app, window, session, meter, row) -> None:
    """Find and replace across every target: one undo step; a big one is written and re-checked on a worker."""
    from qa_desk.review.search import Search
    shown = []
    window.desk.written.connect(lambda _changes: shown.append(True))
    meter.reset()
    started = time.perf_counter()
    assert window.desk.replace_all(Search("("), "[")
    app.processEvents()
    row("replace-all: the click (plan, write, checks: workers)", time.perf_counter() - started, meter.read())
    _written_then_checked(app, window, session, meter, row, started, shown, "replace-all", "edits")
    shown.clear()
    meter.reset()
    started = time.perf_counter()
    window.actions["undo"].trigger()
    _written_then_checked(app, window, session, meter, row, started, shown, "undo of it", "edits left")


def _written_then_checked(app, window, session, meter, row, started, shown, what, edits) -> None:
    """The two steps of a big bulk change: written and shown in the grid (its re-check running), then
    re-checked and shown with its issues (the time of each from the click)."""
    wait(app, lambda: shown or not window.desk.busy, 3600)
    paint(window)
    row(f"{what}: written and shown in the grid", time.perf_counter() - started, meter.read(),
        f"{window.desk.segment_model.pending_count:,} pending edits in the grid, "
        f"{len(window.desk.segment_model.updating):,} rows 'checking'")
    meter.reset()
    wait(app, lambda: not window.desk.busy, 3600)
    paint(window)
    row(f"{what}: re-checked, issues shown", time.perf_counter() - started, meter.read(),
        f"{sum(1 for e in session.edits if e.decision == 'pending'):,} {edits}, {len(session.issues):,} issues")


def _summary(rows) -> None:
    worst = max(rows, key=lambda r: r[2])
    busiest = max(rows, key=lambda r: r[3])
    print(f"longest event-loop stall: {worst[2] * 1000:.0f} ms ({worst[0]}); most GUI-thread work in one "
          f"stall: {busiest[3] * 1000:.0f} ms ({busiest[0]})")


if __name__ == "__main__":
    main()

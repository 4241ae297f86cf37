"""Closing a big document: how long the GUI thread is held, and when its segments are freed.

Opens the XLIFF of ``desk_100k.py`` in the real window (offscreen), waits for the checks, then closes
it (``desk.set_session(None)``, what opening another file does) and waits until a weak reference to the
last segment is dead.

    QT_QPA_PLATFORM=offscreen nice .venv/bin/python bench/desk_close.py [SEGMENTS]
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
import weakref
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    from app_first_screen import build_xliff, open_window
    from desk_100k import FAST_CHECKS, StallMeter, pump, wait

    from qa_desk.app import files
    from qa_desk.app.workers import OpenJob
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        path = build_xliff(count, folder)
        app, window = open_window(folder)
        loaded = []
        window.loaded.connect(loaded.append)
        files.start_job(window, OpenJob(paths=[path], user="bench", check_ids=FAST_CHECKS.split(",")), [path])
        wait(app, lambda: bool(loaded), 600)
        pump(app, 1)
        meter = StallMeter()
        probe = weakref.ref(window.desk.session.document.segments[-1])
        meter.reset()
        started, cpu = time.perf_counter(), time.thread_time()
        window.desk.set_session(None)
        call, call_cpu = time.perf_counter() - started, time.thread_time() - cpu
        wait(app, lambda: probe() is None, 60)
        print(f"{count:,} segments: set_session(None) {call * 1000:.0f} ms (GUI thread CPU {call_cpu * 1000:.0f} ms); "
              f"segments freed after {(time.perf_counter() - started) * 1000:.0f} ms; longest stall "
              f"{meter.read() * 1000:.0f} ms (busy {meter.gap_cpu * 1000:.0f}, core {meter.core * 1000:.0f})")
        window.close()


if __name__ == "__main__":
    main()

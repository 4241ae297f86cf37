"""Where a worker holds the GIL long while it opens and checks a big XLIFF (no window).

The main thread ticks every 2 ms (as the GUI's timer would); when a tick comes late by more than
``--over`` ms it records what the worker was running when the main thread got the GIL back (the
worker's innermost frames: the Python line that made the long call) and how much CPU the worker
used meanwhile, and how long this thread waited on the run queue for a core (the machine is
shared): a gap the worker ran through while this thread was not waiting for a core is the GIL. The worker does what
``OpenJob`` does: read, validate, store in the project, then the checks.

    nice .venv/bin/python bench/gil_holds.py [SEGMENTS] [--over MS]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("segments", nargs="?", type=int, default=100_000)
    parser.add_argument("--over", type=float, default=40.0, help="a late tick worth recording, in ms")
    parser.add_argument("--checks", default="spacing,quotes,ellipsis,number-space,double-space,repeated-word,"
                                            "brackets,whitespace,tags,placeholders")
    args = parser.parse_args()
    from app_first_screen import build_xliff
    from desk_100k import queued

    from qa_desk.app.workers import OpenJob, quiet_gc
    with tempfile.TemporaryDirectory() as folder:
        path = build_xliff(args.segments, folder)
        print(f"{args.segments:,} segments, {os.path.getsize(path) / 1e6:.1f} MB", flush=True)
        job = OpenJob(paths=[path], user="bench", check_ids=args.checks.split(","))
        phase = ["reading"]

        class Signal:  # no event loop here: the job's signals only name the phase
            def __init__(self, name):
                self.name = name

            def emit(self, *_args):
                phase[0] = {"previewReady": "full read", "documentReady": "checks"}.get(self.name, phase[0])

        class Signals:
            def __getattr__(self, name):
                return Signal(name)
        job.signals = Signals()
        done = threading.Event()

        def work():
            job.run()
            done.set()
        worker = threading.Thread(target=work, name="worker")
        holds = []
        with quiet_gc():  # the switch interval a running job sets
            started = last = time.perf_counter()
            worker.start()
            clock = time.pthread_getcpuclockid(worker.ident)
            last_cpu = time.clock_gettime(clock)
            last_queued = queued()
            while not done.is_set():
                time.sleep(0.002)
                now = time.perf_counter()
                try:
                    cpu = time.clock_gettime(clock)
                except OSError:  # the worker ended
                    break
                waited = queued()
                if now - last > args.over / 1000:
                    frame = sys._current_frames().get(worker.ident)
                    where = [f for f in traceback.extract_stack(frame) if not f.filename.startswith("<frozen")][-4:] \
                        if frame is not None else []
                    holds.append((now - last, cpu - last_cpu, waited - last_queued, now - started, phase[0],
                                  " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.line}" for f in reversed(where))))
                last, last_cpu, last_queued = now, cpu, waited
            worker.join()
        print(f"worker done in {time.perf_counter() - started:.1f} s; {len(holds)} ticks late over {args.over:.0f} ms")
        for gap, cpu, wait, at, ph, where in sorted(holds, reverse=True)[:25]:
            print(f"{gap * 1000:6.0f} ms late: worker ran {cpu * 1000:4.0f} ms, this thread waited {wait * 1000:4.0f} ms "
                  f"for a core; at {at:5.1f} s ({ph}): {where}")


if __name__ == "__main__":
    main()

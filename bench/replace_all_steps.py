"""Replace-all's worker steps one by one, without the window: what ``bench/desk_100k.py`` times as one.

    nice .venv/bin/python bench/replace_all_steps.py [SEGMENTS] [--profile STEP|all] [--gc-off] [--ignores N]

The same XLIFF and checks as desk_100k.py; after opening, '(' is replaced by '[' in every target:
the plan (search and new contents), the write (edits stored, no re-check), the re-check of the changed
segments and the models' look-ups the worker builds (``prepare``); then its undo (the old targets
written back and re-checked, ``undo``). ``--gc-off`` runs the steps with the cyclic collector off, as the app's workers
do (``qa_desk.app.workers.quiet_gc``). ``--profile`` runs pyinstrument
(``pip install pyinstrument``) over a step and prints its tree.
"""
from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

STEPS = ("plan", "write", "recheck", "prepare", "undo")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("segments", nargs="?", type=int, default=100_000)
    parser.add_argument("--profile", choices=STEPS + ("all",), default=None)
    parser.add_argument("--ignores", type=int, default=0, metavar="N",
                        help="ignore the first N issues (document scope) before the steps, as a project that has some")
    parser.add_argument("--gc-off", action="store_true",
                        help="no cyclic collection during the steps, as the app's workers run them")
    args = parser.parse_args()
    from app_first_screen import build_xliff
    from desk_100k import FAST_CHECKS

    from qa_desk.app.indexes import build_all
    from qa_desk.checks import registry
    from qa_desk.review.filtering import prepare
    from qa_desk.review.search import Search
    from qa_desk.review.session import ReviewSession

    registry.load_builtin_checks()
    check_ids = [c for c in FAST_CHECKS.split(",") if c in registry._REGISTRY]
    with tempfile.TemporaryDirectory() as folder:
        path = build_xliff(args.segments, folder)
        started = time.perf_counter()
        session = ReviewSession.open_files([path], check_ids=check_ids, user="bench")
        print(f"opened and checked in {time.perf_counter() - started:.1f} s: {len(session.issues):,} issues")
        if args.ignores:
            started = time.perf_counter()
            for record in list(session.issues[:args.ignores]):
                session.ignore(record.signature, "bench", user="bench")
            print(f"{args.ignores:,} issues ignored in {time.perf_counter() - started:.1f} s")
        order = {seg.id: n for n, seg in enumerate(session.document.segments)}
        prepare(session)
        times, cpus = {}, {}  # wall and CPU seconds (on a shared machine the CPU time varies less)

        def step(name, call):
            profiler = None
            if args.profile in (name, "all"):
                from pyinstrument import Profiler
                profiler = Profiler(interval=0.005)
                profiler.start()
            started, cpu = time.perf_counter(), time.process_time()
            if args.gc_off:
                gc.disable()
            result = call()
            gc.enable()
            times[name] = time.perf_counter() - started
            cpus[name] = time.process_time() - cpu
            if profiler is not None:
                profiler.stop()
                print(profiler.output_text(unicode=False, color=False))
            print(f"{name:<8} {times[name]:6.2f} s (CPU {cpus[name]:.2f} s)", flush=True)
            return result

        plan = step("plan", lambda: session.plan_replace(Search("("), "["))
        step("write", lambda: session.set_targets(plan.contents, user="bench", check=plan.check,
                                                  action=plan.action, detail=plan.detail,
                                                  signatures=plan.signatures, recheck=False))
        step("recheck", lambda: session.check_unchecked(user="bench"))
        step("prepare", lambda: (prepare(session), build_all(session, order)))
        old = {seg_id: session._originals[seg_id] for seg_id in plan.contents}
        issues = len(session.issues)

        def undo():
            session.set_targets(old, user="bench", recheck=False)
            session.check_unchecked(user="bench")
        step("undo", undo)
        done = [name for name in STEPS if name != "undo"]
        print(f"total    {sum(times[n] for n in done):6.2f} s (CPU {sum(cpus[n] for n in done):.2f} s): "
              f"{len(plan.contents):,} segments changed, {issues:,} issues; after the undo {len(session.issues):,}")
        session.close()


if __name__ == "__main__":
    main()

"""Parse speed of qa-desk's two spaCy pipelines with thinc's default ops and with qa-desk's (NumpyOps, BLIS off, one OpenBLAS/OMP thread).

    .venv/bin/python bench/spacy_ops.py [--segments 1000] [--repeat 3]

The texts: WMT newstest2012 segments (English sources for the English model, professional French
for fr_core_news_sm; research use, read from ../shared/data, never shipped), the same texts for
both settings. Each setting runs in a fresh process, since the thread count is read when numpy
loads:
- ``default``: ``spacy.load`` as spaCy leaves it (thinc's NumpyOps with BLIS, OpenBLAS and OMP with
  one thread per core);
- ``qa-desk``: the pipelines as qa-desk loads them (``load_spacy_model``: every layer on
  ``NumpyOps(use_blis=False)``, OpenBLAS and OMP limited to one thread by ``qa_desk/__init__``).
Loading is not timed; each pass parses every text once (no cache), the best of --repeat is kept.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "parallel" / "newstest2012-dev1000.tsv"
THREAD_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")


def texts(limit: int) -> tuple[list[str], list[str]]:
    with open(DATA, encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)][1:limit + 1]
    return [r[0] for r in rows], [r[1] for r in rows]


def child(setting: str, limit: int, repeat: int) -> dict:
    """Runs in the child process: words/s of each pipeline in this setting."""
    sys.path.insert(0, str(ROOT))
    from qa_desk.nlp import pipeline
    from qa_desk.people import english
    if setting == "qa-desk":
        models = {"en_qadesk": english.get_english(), "fr_core_news_sm": pipeline.get_nlp()}
    else:
        import spacy
        models = {"en_qadesk": spacy.load(english.model_path()),
                  "fr_core_news_sm": spacy.load(pipeline.MODEL, exclude=list(pipeline.EXCLUDED))}
    en, fr = texts(limit)
    out = {}
    for name, nlp in models.items():
        batch = en if name == "en_qadesk" else fr
        words = sum(len(t.split()) for t in batch)
        best = None
        for _ in range(repeat):
            started = time.perf_counter()
            for _doc in nlp.pipe(batch, batch_size=64):
                pass
            elapsed = time.perf_counter() - started
            best = elapsed if best is None else min(best, elapsed)
        out[name] = {"words": words, "seconds": best}
    return out


def run(setting: str, limit: int, repeat: int) -> dict:
    env = dict(os.environ)
    if setting == "default":  # what numpy and OpenBLAS do when nobody limits them: a thread per core
        for var in THREAD_VARS:
            env[var] = str(os.cpu_count() or 1)
    else:
        for var in THREAD_VARS:
            env.pop(var, None)
    command = [sys.executable, __file__, "--child", setting, "--segments", str(limit), "--repeat", str(repeat)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not DATA.exists():
        print(f"{DATA}: not found (the shared data is not on this machine)")
        return 0
    if args.child:
        print(json.dumps(child(args.child, args.segments, args.repeat)))
        return 0
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    results = {setting: run(setting, args.segments, args.repeat) for setting in ("default", "qa-desk")}
    print("| pipeline | words | default ops: words/s | qa-desk's ops: words/s | gain |")
    print("|---|---|---|---|---|")
    for name in ("en_qadesk", "fr_core_news_sm"):
        before, after = results["default"][name], results["qa-desk"][name]
        speed_before = before["words"] / before["seconds"]
        speed_after = after["words"] / after["seconds"]
        print(f"| {name} | {before['words']:,} | {speed_before:,.0f} | {speed_after:,.0f} | "
              f"{speed_after / speed_before:.2f}x |")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

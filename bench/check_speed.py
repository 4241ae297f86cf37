"""Read, align and check a 10,000-paragraph pair end to end with the command (all checks).

Builds the pair like bench/align_speed.py (real paragraphs from the seed and the
TransRead novels, 2% dropped and 2% inserted), writes it to a temporary folder,
then runs `qa-desk check SOURCE TARGET --format json` in a child process and
reports wall time, the child's CPU time and its peak resident memory.

    .venv/bin/python bench/check_speed.py [--paragraphs 10000] [--checks IDS]
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from align_speed import build  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=10000)
    parser.add_argument("--checks", default=None)
    args = parser.parse_args()
    src, tgt, dropped, inserted = build(args.paragraphs)
    with tempfile.TemporaryDirectory() as folder:
        en, fr, out = Path(folder) / "en.txt", Path(folder) / "fr.txt", Path(folder) / "report.json"
        en.write_text(src, encoding="utf-8")
        fr.write_text(tgt, encoding="utf-8")
        command = [sys.executable, "-m", "qa_desk", "check", str(en), str(fr), "--format", "json", "-o", str(out)]
        if args.checks:
            command += ["--checks", args.checks]
        started = time.perf_counter()
        subprocess.run(command, check=True)
        wall = time.perf_counter() - started
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        report = json.loads(out.read_text(encoding="utf-8"))
    words = len(src.split())
    kinds: dict[str, int] = {}
    for issue in report["issues"]:
        kinds[issue["check"]] = kinds.get(issue["check"], 0) + 1
    print(f"{args.paragraphs} paragraphs, {words} source words, {len(report['segments'])} segments "
          f"({dropped} target paragraphs dropped, {inserted} inserted)")
    print(f"wall {wall:.1f} s, CPU {usage.ru_utime + usage.ru_stime:.1f} s, "
          f"peak memory {usage.ru_maxrss / 1024:.0f} MB, {words / wall:.0f} words/s")
    print("issues:", dict(sorted(kinds.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()

"""Gender and title issues on professional human translations (WMT newstest2012, Europarl):
every issue is a false alarm until read and shown to be a real error.

The TSV files (header en, fr; one aligned segment a line, in document order) are cut into
documents of ``--chunk`` consecutive segments, so pronouns can reach back across sentences,
and checked with the gender and title checks.

Run by hand:  .venv/bin/python bench/people_real.py [--data DIR] [--chunk 10] [--show N]
"""
from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

from qa_desk.engine import run_checks
from qa_desk.model import BilingualDocument, Content, Segment

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "parallel"
SETS = ("newstest2012-dev1000.tsv", "europarl-v7-10k.tsv")


def documents(path: Path, chunk: int):
    with open(path, encoding="utf-8", newline="") as handle:
        rows = [(r["en"], r["fr"]) for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
    for start in range(0, len(rows), chunk):
        part = rows[start:start + chunk]
        yield start, BilingualDocument([Segment(str(start + n + 1), Content(en), Content(fr), paragraph=n)
                                        for n, (en, fr) in enumerate(part)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--chunk", type=int, default=10)
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print N issues of each set")
    args = parser.parse_args()
    for name in SETS:
        started = time.perf_counter()
        segments, issues, shown, by_check = 0, [], 0, {}
        for _, doc in documents(args.data / name, args.chunk):
            segments += len(doc.segments)
            run = run_checks(doc, "gender,title")
            for issue in run.issues:
                by_check[issue.check] = by_check.get(issue.check, 0) + 1
                issues.append((doc.segment(issue.segment), issue))
        flagged = len({(seg.id) for seg, _ in issues})
        print(f"{name}: {segments} segments, {len(issues)} gender/title issues "
              f"({1000 * len(issues) / segments:.1f} per 1,000 segments; {flagged} segments flagged) {by_check} "
              f"in {time.perf_counter() - started:.0f} s")
        for seg, issue in issues[:args.show]:
            print(f"  [{seg.id}] {issue.check} {issue.text!r} -> {issue.suggestions[:1]}\n"
                  f"      EN: {seg.source.text}\n      FR: {seg.target_text}\n      {issue.message}")


if __name__ == "__main__":
    main()

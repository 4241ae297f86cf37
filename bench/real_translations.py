"""False alarms on professional translations: issues per 1,000 segments by check, default profile.

    .venv/bin/python bench/real_translations.py [--data FILE.tsv] [--doc-size 25] [--limit N]
    .venv/bin/python bench/real_translations.py --sample names --show 20   # read the alarms of a check

The data (../shared/data/parallel/, research use: never copied into the project) are clean
human translations, so every issue is a false alarm until read and shown to be a real error.
Each TSV (header en, fr; one segment a line, in document order) is cut into documents of
--doc-size segments (a news article's length), as a desk would check them one file at a time;
a document-level issue (house style said once) counts once.
Accuracy checks: an alarm is counted once per segment ("segments with an alarm per 1,000").
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_desk.engine import run_checks  # noqa: E402
from qa_desk.model import BilingualDocument, Content, Segment  # noqa: E402
from qa_desk.settings.profile import load_profile  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "parallel"
SETS = {"newstest": DATA / "newstest2012-dev1000.tsv", "europarl": DATA / "europarl-v7-10k.tsv"}
ACCURACY = ("numbers", "names", "untranslated", "english-words", "meaning", "gender", "title")
PROFILE = ROOT / "resources" / "profiles" / "default.toml"


def read_pairs(path: Path, limit: int = 0) -> list[tuple[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    pairs = [(r[0], r[1]) for r in rows[1:] if len(r) >= 2]
    return pairs[:limit] if limit else pairs


def documents(pairs, size: int) -> list[BilingualDocument]:
    docs = []
    for start in range(0, len(pairs), size):
        segs = [Segment(f"s{start + n}", Content(en), Content(fr), state="translated")
                for n, (en, fr) in enumerate(pairs[start:start + size])]
        docs.append(BilingualDocument(segs, path=f"doc{start // size:04d}.xlf"))
    return docs


def measure(pairs, size: int, checks: str | None = None):
    """(issues by check, accuracy segments by check, any-accuracy segments, all issues, seconds)."""
    settings = load_profile(str(PROFILE))
    by_check, seg_by_check, accuracy_segments, found = Counter(), Counter(), set(), []
    started = time.perf_counter()
    for doc in documents(pairs, size):
        run = run_checks(doc, checks, settings=settings)
        flagged = {}
        for issue in run.issues:
            by_check[issue.check] += 1
            found.append((doc, issue))
            if issue.check in ACCURACY:
                flagged.setdefault(issue.check, set()).add(issue.segment)
                accuracy_segments.add(issue.segment)
        for check, segs in flagged.items():
            seg_by_check[check] += len(segs)
    return by_check, seg_by_check, accuracy_segments, found, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", action="append", help="TSV file (default: both shared sets)")
    parser.add_argument("--doc-size", type=int, default=25)
    parser.add_argument("--limit", type=int, default=0, help="first N segments only")
    parser.add_argument("--checks", help="comma-separated check ids (default: all)")
    parser.add_argument("--sample", help="print alarms of this check")
    parser.add_argument("--show", type=int, default=15)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    paths = [Path(p) for p in args.data] if args.data else list(SETS.values())
    for path in paths:
        if not path.exists():
            print(f"{path}: not found (the shared data is not on this machine)")
            continue
        pairs = read_pairs(path, args.limit)
        by_check, seg_by_check, acc, found, seconds = measure(pairs, args.doc_size, args.checks)
        n = len(pairs)
        per = 1000 / n
        print(f"## {path.name}: {n} segments, documents of {args.doc_size}, {seconds:.1f} s")
        print(f"all issues: {sum(by_check.values()) * per:.1f} per 1,000 segments; "
              f"segments with an accuracy alarm: {len(acc) * per:.1f} per 1,000")
        print("| check | issues per 1,000 | segments with an alarm per 1,000 |")
        print("|---|---|---|")
        for check, count in by_check.most_common():
            segs = f"{seg_by_check[check] * per:.1f}" if check in ACCURACY else ""
            print(f"| {check} | {count * per:.1f} | {segs} |")
        if args.sample:
            chosen = [(d, i) for d, i in found if i.check == args.sample]
            random.Random(args.seed).shuffle(chosen)
            for doc, issue in chosen[:args.show]:
                seg = doc.segment(issue.segment)
                print(f"\n[{issue.segment}] {issue.message}\n  EN: {seg.source.text}\n  FR: {seg.target_text}"
                      + (f"\n  span: {issue.text!r}" if issue.text else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

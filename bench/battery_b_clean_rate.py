"""False alarms of battery B's checks on translations that should be clean.

    .venv/bin/python bench/battery_b_clean_rate.py [--list]

1. The hand-written clean EN/FR news pairs in tests/data/battery_b/clean/
   (French typography in the imprimerie-nationale style): every battery-B
   check, default settings. Every issue there is a false alarm.
2. MT-GenEval's human French (shared data, when present), cut into
   40-sentence documents: the checks that do not depend on a house style
   (that corpus types plain spaces before ":", a different convention, so
   the typography checks are counted apart). --list prints every issue so
   they can be judged by hand.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_desk.engine import load_document, run_checks  # noqa: E402
from qa_desk.model import BilingualDocument, Content, Segment  # noqa: E402

CLEAN = ROOT / "tests" / "data" / "battery_b" / "clean"
GENEVAL = ROOT.parent / "shared" / "data" / "gender" / "mt-geneval-dev" / "sentences"
STYLE_FREE = ("terminology", "consistency", "acronym-consistency", "repeated-word", "double-space", "whitespace",
              "brackets", "tags", "placeholders")
TYPOGRAPHY = ("spacing", "quotes", "apostrophe", "ellipsis", "number-space")
BATTERY_B = STYLE_FREE + TYPOGRAPHY


def rate(docs: list[BilingualDocument], checks, show: bool) -> tuple[int, int, Counter]:
    segments, per_check = 0, Counter()
    for doc in docs:
        segments += sum(1 for s in doc.segments if s.target_text.strip())
        for issue in run_checks(doc, ",".join(checks), {}).issues:
            per_check[issue.check] += 1
            if show:
                seg = doc.segment(issue.segment)
                text = seg.source.text if issue.side == "source" else seg.target_text
                print(f"  {issue.check}: {issue.text!r} in {text[:110]!r}")
    return segments, sum(per_check.values()), per_check


def geneval_docs() -> list[BilingualDocument]:
    docs = []
    for gender in ("feminine", "masculine"):
        en = GENEVAL / f"geneval-sentences-{gender}-dev.en_fr.en"
        fr = GENEVAL / f"geneval-sentences-{gender}-dev.en_fr.fr"
        if not en.exists():
            continue
        pairs = list(zip(en.read_text(encoding="utf-8").splitlines(), fr.read_text(encoding="utf-8").splitlines()))
        for start in range(0, len(pairs), 40):
            docs.append(BilingualDocument([Segment(f"s{n}", Content(s), Content(t)) for n, (s, t)
                                           in enumerate(pairs[start:start + 40], 1)]))
    return docs


def report(name: str, segments: int, issues: int, per_check: Counter) -> None:
    per_1000 = 1000 * issues / max(segments, 1)
    detail = ", ".join(f"{k} {v}" for k, v in per_check.most_common()) or "none"
    print(f"{name}: {issues} issues on {segments} segments = {per_1000:.1f} per 1,000 segments ({detail})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every issue")
    args = parser.parse_args()
    clean = [load_document([str(en), str(en).replace(".en.txt", ".fr.txt")]) for en in sorted(CLEAN.glob("*.en.txt"))]
    report(f"clean news pairs ({len(clean)} documents), all battery-B checks", *rate(clean, BATTERY_B, args.list))
    docs = geneval_docs()
    if docs:
        report(f"MT-GenEval human French ({len(docs)} documents), style-free checks",
               *rate(docs, STYLE_FREE, args.list))
        report("MT-GenEval human French, typography checks (imprimerie-nationale style)",
               *rate(docs, TYPOGRAPHY, False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

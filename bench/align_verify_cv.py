"""Leave one novel out for the paragraph-link check's thresholds (qa_desk/align/verify.py).

The omission benchmark of ``align_gold.py --omissions-texts`` (5% of each novel's target
paragraphs dropped, as many inserted from the other novels, 3 trials, through align_texts'
path) is run for every setting of GRID; the setting is chosen on two novels (omission F1 plus
addition F1) and the third is scored with it.

    .venv/bin/python bench/align_verify_cv.py
"""
from __future__ import annotations

import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import align_gold as ag  # noqa: E402
from qa_desk.align import document, verify  # noqa: E402

GRID = {
    "split": (0.05, 0.07, 0.1),
    "relative": (0.0, 0.33, 0.5),
    "pair": (0.1, 0.2),
    "doubt": (0.7, 1.0),
}


def counts_for(setting: verify.Verify, runs) -> dict[str, list[int]]:
    """Per novel: omission tp, predicted, gold, then the same for additions."""
    saved = document.VERIFY
    document.VERIFY = setting
    try:
        out: dict[str, list[int]] = {}
        for name, src, tgt, dropped, added in runs:
            om, add, _ = ag._paragraph_nulls(src, tgt)
            c = out.setdefault(name, [0] * 6)
            for base, pred, gold in ((0, om, dropped), (3, add, added)):
                c[base] += len(pred & gold)
                c[base + 1] += len(pred)
                c[base + 2] += len(gold)
        return out
    finally:
        document.VERIFY = saved


def main() -> None:
    runs = list(ag.omission_cases(ag.DATA, sentences=True))
    books = sorted({name for name, *_ in runs})
    table = {}
    for values in itertools.product(*GRID.values()):
        setting = verify.Verify(**dict(zip(GRID, values)))
        table[values] = counts_for(setting, runs)
    total = [0] * 6
    for held in books:
        def train(values):
            sums = [sum(table[values][b][i] for b in books if b != held) for i in range(6)]
            return ag.f1(*sums[:3])[2] + ag.f1(*sums[3:])[2]
        best = max(table, key=train)
        c = table[best][held]
        total = [a + b for a, b in zip(total, c)]
        print(f"held out {held:36s} chosen {dict(zip(GRID, best))} omissions F1={ag.f1(*c[:3])[2]:.3f} "
              f"additions F1={ag.f1(*c[3:])[2]:.3f}")
    print(f"leave-one-novel-out: omissions F1={ag.f1(*total[:3])[2]:.3f} (tp/pred/gold {total[:3]}), "
          f"additions F1={ag.f1(*total[3:])[2]:.3f} ({total[3:]})")
    shipped = tuple(getattr(verify.VERIFY, k) for k in GRID)
    if shipped in table:
        sums = [sum(table[shipped][b][i] for b in books) for i in range(6)]
        print(f"shipped {dict(zip(GRID, shipped))} on all three: omissions F1={ag.f1(*sums[:3])[2]:.3f}, "
              f"additions F1={ag.f1(*sums[3:])[2]:.3f}")


if __name__ == "__main__":
    main()

"""How often the 'meaning' rules fire on human literary translations (TransRead novels, gold 1-1/n-m links).

Run: .venv/bin/python bench/meaning_novels.py [-v]
Literary translation rewords freely ("I didn't know" -> "J'ignorais"), so this is an upper
bound on false alarms, not a news figure; the tense rule should stay at zero.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_desk.checks import meaning  # noqa: E402
from qa_desk.checks.meaning import _tense_slips, negation_mismatch  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "alignment" / "transread-dev"


def _detok(text: str) -> str:
    text = re.sub(r"(\w)' (\w)", r"\1'\2", text)
    text = re.sub(r" ([,.;:!?)»])", r"\1", text)
    text = re.sub(r"([(«]) ", r"\1", text)
    return text.replace(" n't", "n't").replace("n 't", "n't").replace(" 's", "'s")


def pairs():
    for book in sorted(p for p in DATA.iterdir() if p.is_dir()):
        def read(name):
            with open(book / name, encoding="utf-8") as fh:
                return {r[0]: r[1] for r in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE) if len(r) > 1}
        en, fr = read("en.sentences.tsv"), read("fr.sentences.tsv")
        with open(book / "gold_links.tsv", encoding="utf-8") as fh:
            for row in list(csv.reader(fh, delimiter="\t"))[1:]:
                if row[1] and row[2]:
                    yield (_detok(" ".join(en[i] for i in row[1].replace(",", " ").split())),
                           _detok(" ".join(fr[i] for i in row[2].replace(",", " ").split())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--margin", type=int, default=meaning.MARGIN, help="see qa_desk.checks.meaning.MARGIN")
    args = parser.parse_args()
    meaning.MARGIN = args.margin
    total = negation = tense = 0
    for en, fr in pairs():
        total += 1
        if negation_mismatch(en, fr):
            negation += 1
            if args.verbose:
                print(f"NEG  {en}\n     {fr}")
        slips = list(_tense_slips(fr))
        tense += bool(slips)
        if args.verbose and slips:
            print(f"TENSE {fr}")
    print(f"{total} aligned pairs: negation rule fires on {negation} ({100 * negation / total:.1f}%), "
          f"tense rule on {tense} ({100 * tense / total:.2f}%)")


if __name__ == "__main__":
    main()

"""Recall of battery A on errors planted in clean EN/FR pairs, one error per document copy.

Run: .venv/bin/python bench/battery_a_recall.py [-v]
Planted errors (each in one segment of one copy of a clean document):
  number      a digit number in the target changed (x10, or +1 for years and small numbers)
  name        a source name that the target carries, deleted from the target
  negation+   "a/ont <participle>" turned into "n'a pas/n'ont pas <participle>"
  negation-   "ne/n' ... pas" removed from the target
  english     the whole target replaced by the source
A planted error counts as found when its check flags that segment; false alarms on the
untouched segments of the same copies are counted too.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_desk.engine import load_document, run_checks  # noqa: E402
from qa_desk.model import BilingualDocument, Content, Segment  # noqa: E402

CHECKS = "numbers,number-format,untranslated,english-words,names,meaning,length"
SETS = [("tests/data/battery_a/clean", ".fr.txt"), ("tests/data/battery_a/heldout", ".fr.txt"),
        ("tests/data/battery_b/clean", ".fr.txt"), ("tests/data/people", ".clean.fr.txt")]
EXPECT = {"number": "numbers", "name": "names", "negation+": "meaning", "negation-": "meaning",
          "english": "untranslated"}
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?(?![\w,])")
_NAME = re.compile(r"\b(?:[A-Z][a-zà-ÿ]+ )*([A-Z][a-zà-ÿ]{3,})\b")  # the last word of a name: surname
_AUX = re.compile(r"\b(a|ont) ([a-zé]+é(?:e|s|es)?)\b")
_NEG = re.compile(r"\b(?:ne |n['’])(\w+(?:-\w+)*) pas\b")


def plants(en: str, fr: str):
    """(kind, corrupted target) for each error this segment can carry."""
    match = _NUMBER.search(fr)
    if match:
        digits = match.group().replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
        if "," not in digits:
            value = int(digits)
            new = str(value + 1) if value < 13 or 1900 <= value <= 2100 else str(value * 10)
            yield "number", fr[:match.start()] + new + fr[match.end():]
    for match in _NAME.finditer(en):
        name = match.group(1)
        if match.start() > 0 and re.search(rf"(?<=\w[ ,'’]){name}\b", fr):
            yield "name", re.sub(rf"\s*\b{name}\b", "", fr)
            break
    match = _AUX.search(fr)
    if match and not _NEG.search(fr):
        yield "negation+", fr[:match.start()] + f"n'{match.group(1)} pas {match.group(2)}" + fr[match.end():]
    match = _NEG.search(fr)
    if match:
        yield "negation-", fr[:match.start()] + match.group(1) + fr[match.end():]
    if len(en.split()) >= 4:
        yield "english", en


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    found: dict[str, list[int]] = {}
    alarms = checked = 0
    for folder, suffix in SETS:
        for source in sorted((ROOT / folder).glob("*.en.txt")):
            base = load_document([str(source), str(source).replace(".en.txt", suffix)])
            pairs = [(s.source.text, s.target_text) for s in base.segments]
            for n, (en, fr) in enumerate(pairs):
                if not en.strip() or not fr.strip():
                    continue
                for kind, bad in plants(en, fr):
                    doc = BilingualDocument([Segment(str(k), Content(e), Content(bad if k == n else f))
                                             for k, (e, f) in enumerate(pairs)])
                    issues = run_checks(doc, CHECKS).issues
                    hit = any(i.segment == str(n) and i.check == EXPECT[kind] for i in issues)
                    found.setdefault(kind, [0, 0])[0] += hit
                    found[kind][1] += 1
                    others = [i for i in issues if i.segment != str(n)]
                    alarms += len(others)
                    checked += len(pairs) - 1
                    if args.verbose and not hit:
                        print(f"MISSED {kind}: {source.stem} seg {n}: {bad}")
                    if args.verbose and others:
                        print(f"ALARM {source.stem}: {[(i.segment, i.check, i.message) for i in others]}")
    total = [sum(v[0] for v in found.values()), sum(v[1] for v in found.values())]
    for kind, (hit, count) in sorted(found.items()):
        print(f"{kind:10} {hit:>4}/{count:<4} = {100 * hit / count:5.1f}%")
    print(f"{'all':10} {total[0]:>4}/{total[1]:<4} = {100 * total[0] / total[1]:5.1f}%")
    print(f"issues on untouched segments of the same copies: {alarms} in {checked} segment checks")


if __name__ == "__main__":
    main()

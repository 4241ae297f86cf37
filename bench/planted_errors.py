"""Recall on errors planted in professional translations, by kind, on both shared sets.

    .venv/bin/python bench/planted_errors.py [--per-kind 200] [--data FILE.tsv] [-v]
    .venv/bin/python bench/planted_errors.py --kinds negation+,negation- --show-misses  # read the misses

The planting rules know nothing of qa-desk's analysis: each is a plain text edit of the kind a
translator or a tool makes, applied to one segment of one 25-segment document at a time:

  number     a digit group of the French that the English has too: its last digit changed (+1, 9->0)
  name       a capitalised word of 5+ letters, not the first word, written alike in both languages:
             misspelt by one of: two inner letters swapped, an inner letter dropped, a vowel changed
  english    the French replaced by the English (segments of 5+ words)
  negation+  French and English with no negation word: the first finite verb of être, avoir,
             pouvoir or devoir standing alone in the French (not elided into "c'est", not inverted
             as in "est-ce", not "il y a") negated ("a" -> "n'a pas", "sont" -> "ne sont pas")
  negation-  French "ne/n' VERB pas" removed where the English has "not" or "n't"
  title      "M. Name" <-> "Mme Name" in the French

A plant is found when the check made for that kind flags the planted segment. Checks: numbers,
names, untranslated, meaning, title (the people check, rewritten elsewhere, is measured as it is).
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.real_translations import SETS, documents, read_pairs  # noqa: E402
from qa_desk.engine import run_checks  # noqa: E402
from qa_desk.model import Content  # noqa: E402

EXPECT = {"number": "numbers", "name": "names", "english": "untranslated", "negation+": "meaning",
          "negation-": "meaning", "title": "title"}
CHECKS = "numbers,names,untranslated,meaning,title"
_DIGITS = re.compile(r"(?<![\w.,])\d+(?:[ \u00a0\u202f.,]\d+)*")
_CAPITAL = re.compile(r"(?<=[\w,;:] )([A-ZÀ-Ý][a-zà-ÿ]{4,})\b")
_EN_NEG = re.compile(r"\b(?:not|no|never|nothing|nobody|none|without|cannot)\b|n['’]t\b", re.I)
_FR_NEG = re.compile(r"\b(?:ne|n['’]|pas|jamais|sans|aucun|aucune|rien|personne|non)\b", re.I)
# a finite verb standing as a word of its own: not after an elided "c'", "qu'", "s'", nor "il y a", "a priori"
_FR_VERB = re.compile(r"(?<![’'\w])(?<![’'] )(?<!\by )(?<!\ben )(a|ont|est|sont|était|étaient|avait|avaient|peut|"
                      r"peuvent|doit|doivent|sera|seront)\b(?![ -](?:priori|fortiori|posteriori))(?!-)")
_FR_NEG_VERB = re.compile(r"\b(?:ne |n['’])(\w+) pas\b")
_TITLE = re.compile(r"\b(M\.|Mme)(?= [A-Z])")


def _misspell(word: str, rng: random.Random) -> str:
    how = rng.choice(("swap", "drop", "vowel"))
    inner = range(1, len(word) - 1)
    if how == "swap":
        k = rng.choice(range(1, len(word) - 2))
        return word[:k] + word[k + 1] + word[k] + word[k + 2:] if word[k] != word[k + 1] else word[:k] + word[k + 1:]
    if how == "drop":
        k = rng.choice(inner)
        return word[:k] + word[k + 1:]
    vowels = [k for k in inner if word[k] in "aeiou"]
    if not vowels:
        return word[:1] + word[2:]
    k = rng.choice(vowels)
    return word[:k] + rng.choice([v for v in "aeiou" if v != word[k]]) + word[k + 1:]


def plants(en: str, fr: str, rng: random.Random):
    """(kind, corrupted French) for each error this segment can carry."""
    en_digits = {re.sub(r"\D", "", m.group()) for m in _DIGITS.finditer(en)}
    for m in _DIGITS.finditer(fr):
        if re.sub(r"\D", "", m.group()) in en_digits:
            text = m.group()
            last = max(i for i, c in enumerate(text) if c.isdigit())
            new = text[:last] + str((int(text[last]) + 1) % 10) + text[last + 1:]
            yield "number", fr[:m.start()] + new + fr[m.end():]
            break
    for m in _CAPITAL.finditer(fr):
        word = m.group(1)
        if re.search(rf"\b{re.escape(word)}\b", en):
            yield "name", fr[:m.start(1)] + _misspell(word, rng) + fr[m.end(1):]
            break
    if len(en.split()) >= 5:
        yield "english", en
    if not _EN_NEG.search(en) and not _FR_NEG.search(fr):
        m = _FR_VERB.search(fr)
        if m:
            verb = m.group(1)
            negated = f"n'{verb} pas" if verb[0] in "aeéiou" else f"ne {verb} pas"
            yield "negation+", fr[:m.start()] + negated + fr[m.end():]
    if re.search(r"\bnot\b|n['’]t\b", en):
        m = _FR_NEG_VERB.search(fr)
        if m:
            yield "negation-", fr[:m.start()] + m.group(1) + fr[m.end():]
    m = _TITLE.search(fr)
    if m:
        yield "title", fr[:m.start()] + ("Mme" if m.group(1) == "M." else "M.") + fr[m.end():]


def measure(pairs, per_kind: int, seed: int, verbose: bool, kinds: set[str] | None = None):
    rng = random.Random(seed)
    candidates = defaultdict(list)  # kind -> (document, segment index, corrupted French)
    for doc in documents(pairs, 25):
        for n, seg in enumerate(doc.segments):
            for kind, bad in plants(seg.source.text, seg.target_text, rng):
                if bad != seg.target_text:
                    candidates[kind].append((doc, n, bad))
    found = {}
    for kind, items in sorted(candidates.items()):
        chosen = rng.sample(items, min(per_kind, len(items)))  # drawn for every kind: the same plants
        if kinds and kind not in kinds:
            continue
        hits = 0
        for doc, n, bad in chosen:
            seg = doc.segments[n]
            original = seg.target
            seg.target = Content(bad)
            try:
                issues = run_checks(doc, EXPECT[kind]).issues
            finally:
                seg.target = original
            hit = any(i.segment == seg.id and i.check == EXPECT[kind] for i in issues)
            hits += hit
            if verbose and not hit:
                print(f"MISSED {kind}: {seg.source.text}\n    -> {bad}")
        found[kind] = (hits, len(chosen), len(items))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", action="append")
    parser.add_argument("--per-kind", type=int, default=200)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("-v", "--verbose", "--show-misses", action="store_true",
                        help="print each missed plant (source and corrupted French)")
    parser.add_argument("--kinds", help="comma-separated planted kinds to measure (default: all)")
    args = parser.parse_args()
    paths = [Path(p) for p in args.data] if args.data else list(SETS.values())
    for path in paths:
        if not path.exists():
            print(f"{path}: not found")
            continue
        kinds = set(args.kinds.split(",")) if args.kinds else None
        found = measure(read_pairs(path), args.per_kind, args.seed, args.verbose, kinds)
        print(f"## {path.name}")
        print("| planted | found | of (candidates) |")
        print("|---|---|---|")
        for kind, (hits, count, total) in found.items():
            print(f"| {kind} | {hits}/{count} = {100 * hits / max(count, 1):.1f}% | {total} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""spaCy's French token match, original against factored (qa_desk/nlp/regex_factoring.py).

Compiles both (timed), then compares them on every distinct word of the shared French texts and
the tokenizations of every text: the factored expression must match exactly what the original
matches. Run by hand: ``python bench/french_token_match.py [--shared ../shared/data]``.
"""
from __future__ import annotations

import argparse
import csv
import glob
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def french_texts(shared: Path) -> list[str]:
    texts = []
    for name in ("newstest2012-dev1000.tsv", "europarl-v7-10k.tsv"):
        with open(shared / "parallel" / name, encoding="utf-8", newline="") as rows:
            texts += [row[1] for row in csv.reader(rows, delimiter="\t", quoting=csv.QUOTE_NONE) if len(row) > 1]
    for path in glob.glob(str(shared / "gender" / "mt-geneval-dev" / "*" / "*.fr*")):
        texts += Path(path).read_text(encoding="utf-8").splitlines()
    return [t for t in texts if t.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    args = parser.parse_args()
    from qa_desk.nlp.pipeline import get_nlp
    from qa_desk.nlp.regex_factoring import factor
    from spacy.lang.fr import tokenizer_exceptions as spacy_french

    pattern = "(?iu)" + "|".join(f"(?:{m})" for m in spacy_french._regular_exp)
    merged = factor(pattern)
    re.purge()
    start = time.perf_counter()
    original = re.compile(pattern).match
    compile_original = time.perf_counter() - start
    start = time.perf_counter()
    factored = re.compile(merged).match
    compile_factored = time.perf_counter() - start
    print(f"pattern {len(pattern):,} -> {len(merged):,} characters; compile {compile_original:.2f} s -> "
          f"{compile_factored:.2f} s")

    texts = french_texts(args.shared)
    words = sorted({w.strip(".,;:!?()«»\"") for t in texts for w in t.split()} - {""})
    differ = [w for w in words if bool(original(w)) != bool(factored(w))]
    print(f"{len(words):,} distinct words, {sum(1 for w in words if original(w)):,} matched by the original; "
          f"{len(differ)} differ {differ[:5]}")
    for name, match in (("original", original), ("factored", factored)):
        start = time.perf_counter()
        for w in words:
            match(w)
        print(f"  matching every word, {name}: {time.perf_counter() - start:.3f} s")

    tokenizer = get_nlp().tokenizer
    tokenizer.token_match = original
    before = [[t.text for t in tokenizer(text)] for text in texts]
    tokenizer.token_match = factored
    after = [[t.text for t in tokenizer(text)] for text in texts]
    changed = sum(1 for a, b in zip(before, after) if a != b)
    print(f"{len(texts):,} texts tokenized: {changed} tokenized differently")


if __name__ == "__main__":
    main()

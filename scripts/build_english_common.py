"""Build resources/english/common_words.txt: lower-case English words the treebank uses as words.

Run by hand (the output is committed):
    python scripts/build_english_common.py [--ewt DIR] [--out FILE]

Source: Universal Dependencies English Web Treebank (train, dev, test), CC BY-SA 4.0: every
form written in lower case and tagged NOUN, ADJ, VERB or ADV, unless the treebank tags it a
proper noun more often. A capitalised word on this list ("Strategy", "Women", "Presidential")
is an ordinary word in a title or a headline, not a name a translation must keep.
"""
from __future__ import annotations

import argparse
import gzip
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EWT = ROOT.parent / "shared" / "data" / "english-ud-ewt"
DEFAULT_OUT = ROOT / "resources" / "english" / "common_words.txt"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ewt", default=str(EWT))
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    args = parser.parse_args()
    common, proper = Counter(), Counter()
    for split in ("train", "dev", "test"):
        with gzip.open(Path(args.ewt) / f"en_ewt-ud-{split}.conllu.gz", "rt", encoding="utf-8") as handle:
            for line in handle:
                cols = line.split("\t")
                if len(cols) < 4 or not cols[0].isdigit():
                    continue
                form, upos = cols[1], cols[3]
                if upos in ("NOUN", "ADJ", "VERB", "ADV") and form.isalpha() and form.islower():
                    common[form] += 1
                elif upos == "PROPN":
                    proper[form.lower()] += 1
    words = sorted(w for w, n in common.items() if n >= proper[w] and len(w) > 1)
    header = ("# Lower-case English words (NOUN, ADJ, VERB, ADV) of UD English-EWT, CC BY-SA 4.0\n"
              "# (resources/models/LICENSE-CC-BY-SA-4.0.txt); built by scripts/build_english_common.py.\n")
    Path(args.out).write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

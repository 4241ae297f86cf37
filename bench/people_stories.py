"""The hand-written people stories (tests/data/people_v2): every planted error fixed exactly,
nothing changed in the clean versions.

For each story, ``qa-desk fix --checks gender,title`` is applied (in process) to the faulty
French and to the clean one: a story passes when the fixed faulty French equals the clean
French and the clean French comes back unchanged.

Run by hand:  .venv/bin/python bench/people_stories.py [--heldout] [--show]
"""
from __future__ import annotations

import argparse
import difflib
from pathlib import Path

from qa_desk.engine import apply_suggestions, load_document, run_checks
from qa_desk.formats.text import corrected_target

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "people_v2"


def fixed(english: Path, french: Path) -> str:
    doc = load_document([str(english), str(french)])
    apply_suggestions(doc, run_checks(doc, "gender,title").issues)
    return corrected_target(doc)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", action="store_true", help="the held-out stories instead")
    parser.add_argument("--show", action="store_true", help="print the differences")
    args = parser.parse_args()
    folder = DATA / "heldout" if args.heldout else DATA
    stems = sorted(p.name[:-len(".en.txt")] for p in folder.glob("*.en.txt"))
    faulty_ok = clean_ok = faulty_total = 0
    for stem in stems:
        english = folder / f"{stem}.en.txt"
        clean = (folder / f"{stem}.clean.fr.txt").read_text(encoding="utf-8")
        has_errors = (folder / f"{stem}.fr.txt").read_text(encoding="utf-8") != clean
        got_clean = fixed(english, folder / f"{stem}.clean.fr.txt")
        clean_ok += got_clean == clean
        status = []
        if got_clean != clean:
            status.append("CLEAN CHANGED")
        if has_errors:
            faulty_total += 1
            got = fixed(english, folder / f"{stem}.fr.txt")
            faulty_ok += got == clean
            if got != clean:
                status.append("NOT FIXED")
                if args.show:
                    for line in difflib.unified_diff(clean.splitlines(), got.splitlines(), "clean", "fixed",
                                                     lineterm="", n=0):
                        print("   ", line)
        if args.show and got_clean != clean:
            for line in difflib.unified_diff(clean.splitlines(), got_clean.splitlines(), "clean", "clean fixed",
                                             lineterm="", n=0):
                print("   ", line)
        print(f"{stem}: {'ok' if not status else ', '.join(status)}")
    print(f"\nfaulty stories fixed exactly: {faulty_ok}/{faulty_total}; "
          f"clean stories left unchanged: {clean_ok}/{len(stems)}")


if __name__ == "__main__":
    main()

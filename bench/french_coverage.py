"""How much of what the checks write has a French reading: every check on the text pairs of tests/data and
the seed, each issue message through qa_desk.l10n.translate_message (an unknown shape stays English).

    .venv/bin/python bench/french_coverage.py
"""
import collections
import sys
from pathlib import Path

from qa_desk.engine import load_document, run_checks
from qa_desk.errors import InputError
from qa_desk.l10n import translate_message

ROOT = Path(__file__).resolve().parent.parent


def pairs():
    for en in sorted((ROOT / "tests" / "data").rglob("*.en.txt")) + sorted((ROOT / "seeds").glob("*.en.txt")):
        stem = en.name[:-len(".en.txt")]
        for fr in (en.with_name(stem + ".fr.txt"), en.with_name(stem + ".txt")):
            if fr.exists():
                yield en, fr
                break


def main() -> int:
    left, total, read = collections.Counter(), 0, 0
    for en, fr in pairs():
        try:
            issues = run_checks(load_document([str(en), str(fr)])).issues
        except InputError:
            continue  # tests/data/bad: files the reader refuses on purpose
        read += 1
        for issue in issues:
            total += 1
            if translate_message(issue.message, "fr") == issue.message:
                left[(issue.check, issue.message)] += 1
    print(f"{read} pairs, {total} issues, {sum(left.values())} messages left in English")
    for (check, message), n in left.most_common(30):
        print(f"{n:4} {check}: {message}")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())

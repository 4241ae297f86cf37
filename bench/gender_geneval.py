"""Gender check on MT-GenEval's English-French context set (dev): recall and false alarms.

Each line gives an English context sentence and a sentence, and the French of
the sentence with the right gender (original) and the wrong one (flipped).
We build a two-segment document (context with no target, then the sentence)
and run the gender and title checks: a flag on 'flipped' is a hit, a flag on
'original' a false alarm.

Run by hand:  .venv/bin/python bench/gender_geneval.py [DATA_DIR]
"""
import sys
import time
from pathlib import Path

from qa_desk.engine import run_checks
from qa_desk.model import BilingualDocument, Content, Segment

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "gender" / "mt-geneval-dev" / "context"


def document(context: str, sentence: str, french: str) -> BilingualDocument:
    return BilingualDocument([
        Segment("1", Content(context), Content(""), paragraph=0),
        Segment("2", Content(sentence), Content(french), paragraph=0),
    ])


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    english = (folder / "geneval-context-wikiprofessions-2to1-dev.en_fr.en").read_text(encoding="utf-8").splitlines()
    right = (folder / "geneval-context-wikiprofessions-original-dev.en_fr.fr").read_text(encoding="utf-8").splitlines()
    wrong = (folder / "geneval-context-wikiprofessions-flipped-dev.en_fr.fr").read_text(encoding="utf-8").splitlines()
    hits = false_alarms = people_found = 0
    started = time.perf_counter()
    for line, good, bad in zip(english, right, wrong):
        context, _, sentence = line.partition(" <sep> ")
        flagged_bad = run_checks(document(context, sentence, bad), "gender,title")
        flagged_good = run_checks(document(context, sentence, good), "gender,title")
        hits += bool(flagged_bad.issues)
        false_alarms += bool(flagged_good.issues)
        people_found += any(p.gender != "unknown" for p in flagged_bad.people().people)
    total = len(english)
    elapsed = time.perf_counter() - started
    print(f"MT-GenEval context dev: {total} pairs")
    print(f"  person with a known gender found in the source: {people_found}/{total}")
    print(f"  wrong-gender sentence flagged (recall):          {hits}/{total} = {hits / total:.1%}")
    print(f"  right-gender sentence flagged (false alarms):    {false_alarms}/{total} = {false_alarms / total:.1%}")
    if hits + false_alarms:
        print(f"  precision of a flag:                             {hits / (hits + false_alarms):.1%}")
    print(f"  {elapsed:.1f} s")


if __name__ == "__main__":
    main()

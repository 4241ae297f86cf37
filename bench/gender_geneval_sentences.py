"""Gender check on MT-GenEval's English-French sentence set (dev): recall and false alarms.

Line i of the feminine and masculine files is one Wikipedia sentence about a
woman and about a man, in English and in human French; the French versions
differ only in the gendered words. Each line makes four one-segment documents:
English feminine with French feminine and English masculine with French
masculine (right: a flag is a false alarm), and the two crossed pairs (wrong:
a flag is a hit). Most sentences name nobody ("In 1914 she went to Paris"), so
this measures what qa-desk does with a pronoun it cannot tie to a name.

Run by hand:  .venv/bin/python bench/gender_geneval_sentences.py [DATA_DIR]
"""
import sys
import time
from pathlib import Path

from qa_desk.engine import run_checks
from qa_desk.model import BilingualDocument, Content, Segment

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "gender" / "mt-geneval-dev" / "sentences"


def flagged(english: str, french: str) -> bool:
    doc = BilingualDocument([Segment("1", Content(english), Content(french), paragraph=0)])
    return bool(run_checks(doc, "gender,title").issues)


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    lines = {(lang, g): (folder / f"geneval-sentences-{g}-dev.en_fr.{lang}").read_text(encoding="utf-8").splitlines()
             for lang in ("en", "fr") for g in ("feminine", "masculine")}
    started = time.perf_counter()
    hits = {"feminine": 0, "masculine": 0}
    alarms = {"feminine": 0, "masculine": 0}
    total = len(lines["en", "feminine"])
    for i in range(total):
        for g, other in (("feminine", "masculine"), ("masculine", "feminine")):
            english = lines["en", g][i]
            alarms[g] += flagged(english, lines["fr", g][i])
            hits[g] += flagged(english, lines["fr", other][i])
    print(f"MT-GenEval sentences dev: {total} sentences, each about a woman and about a man")
    for g in ("feminine", "masculine"):
        print(f"  {g} English, {'masculine' if g == 'feminine' else 'feminine'} French flagged (recall): "
              f"{hits[g]}/{total} = {hits[g] / total:.1%}")
        print(f"  {g} English, {g} French flagged (false alarms):   {alarms[g]}/{total} = {alarms[g] / total:.1%}")
    h, a = sum(hits.values()), sum(alarms.values())
    print(f"  all: recall {h}/{2 * total} = {h / (2 * total):.1%}, false alarms {a}/{2 * total} = {a / (2 * total):.1%}"
          + (f", precision {h / (h + a):.1%}" if h + a else ""))
    print(f"  {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()

"""MT-GenEval (English-French) through ``qa-desk batch``: flagged, fixed exactly, false flags.

Both sets of the dev split (or any split laid out the same way):
- sentences: line i of the feminine and masculine files is one sentence about a woman and
  about a man, in English and human French. Right pairs (English and French of one gender)
  must get no gender or title issue; crossed pairs (English of one gender, French of the
  other) must be flagged, and ``--fix gender,title`` must turn the French into the other
  file's French exactly.
- context: an English context sentence, then the sentence; the French of the sentence with
  the right gender (original) and the wrong one (flipped). Each document is an XLIFF 2.1
  file with two units: the context (no translation) and the sentence.

The documents are written to a temporary folder, checked and fixed by one
``qa-desk batch --checks gender,title --fix gender,title --jobs N`` run, and scored from its
output files.

Run by hand:  .venv/bin/python bench/gender_geneval_batch.py [--data DIR] [--split dev] [--jobs 2]
              [--show-misses N]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qa_desk.formats import read_bilingual, write_document
from qa_desk.model import BilingualDocument, Content, Segment

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "gender" / "mt-geneval-dev"


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def cases(data: Path, split: str):
    """(set, kind, english context or "", english, french, expected french) for every document;
    kind is "right" (expected = french) or "wrong"."""
    folder = data / "sentences"
    if folder.is_dir():
        text = {(lang, g): _lines(folder / f"geneval-sentences-{g}-{split}.en_fr.{lang}")
                for lang in ("en", "fr") for g in ("feminine", "masculine")}
        for i in range(len(text["en", "feminine"])):
            for g, other in (("feminine", "masculine"), ("masculine", "feminine")):
                english = text["en", g][i]
                yield "sentences", "right", "", english, text["fr", g][i], text["fr", g][i]
                yield "sentences", "wrong", "", english, text["fr", other][i], text["fr", g][i]
    folder = data / "context"
    if folder.is_dir():
        english = _lines(folder / f"geneval-context-wikiprofessions-2to1-{split}.en_fr.en")
        right = _lines(folder / f"geneval-context-wikiprofessions-original-{split}.en_fr.fr")
        wrong = _lines(folder / f"geneval-context-wikiprofessions-flipped-{split}.en_fr.fr")
        for line, good, bad in zip(english, right, wrong):
            context, _, sentence = line.partition(" <sep> ")
            yield "context", "right", context, sentence, good, good
            yield "context", "wrong", context, sentence, bad, good


def document(context: str, english: str, french: str) -> BilingualDocument:
    segments = []
    if context:
        segments.append(Segment("1", Content(context), Content(""), paragraph=0))
    segments.append(Segment(str(len(segments) + 1), Content(english), Content(french), paragraph=len(segments)))
    return BilingualDocument(segments, source_lang="en", target_lang="fr")


def _miss_kinds(misses) -> dict[str, int]:
    """'not flagged', or the number of word groups where the fixed French differs from the expected."""
    import difflib
    import re
    words = re.compile(r"\w+|[^\w\s]")
    kinds: dict[str, int] = {}
    for _, _, french, fixed, expected in misses:
        if fixed == french:
            kind = "not flagged"
        else:
            ops = difflib.SequenceMatcher(a=words.findall(fixed), b=words.findall(expected), autojunk=False).get_opcodes()
            differing = sum(op != "equal" for op, *_ in ops)
            kind = f"{min(differing, 4)}{'+' if differing >= 4 else ''} word group(s) differ"
        kinds[kind] = kinds.get(kind, 0) + 1
    return dict(sorted(kinds.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show-misses", type=int, default=0, metavar="N")
    parser.add_argument("--show-false", type=int, default=0, metavar="N", help="print N false flags")
    parser.add_argument("--keep", type=Path, help="write the documents and results here instead of a temp folder")
    parser.add_argument("--miss-kinds", action="store_true",
                        help="count the misses: not flagged, or how many words differ from the expected French")
    args = parser.parse_args()
    all_cases = list(cases(args.data, args.split))
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        docs, out = work / "docs", work / "out"
        docs.mkdir(parents=True, exist_ok=True)
        listing = []
        for n, (_, _, context, english, french, _) in enumerate(all_cases, start=1):
            path = docs / f"{n}.xlf"
            write_document(document(context, english, french), path, "xliff2")
            listing.append(f"docs/{n}.xlf")
        (work / "pairs.tsv").write_text("\n".join(listing) + "\n", encoding="utf-8")
        started = time.perf_counter()
        command = [sys.executable, "-m", "qa_desk", "batch", str(work / "pairs.tsv"), "-o", str(out),
                   "--checks", "gender,title", "--fix", "gender,title", "--jobs", str(args.jobs)]
        subprocess.run(command, check=True, stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - started
        scores: dict[tuple[str, str], list[int]] = {}
        misses, false = [], []
        for n, (name, kind, context, english, french, expected) in enumerate(all_cases, start=1):
            report = json.loads((out / f"{n}.json").read_text(encoding="utf-8"))
            flagged = bool(report["issues"])
            fixed_doc = read_bilingual(str(out / f"{n}.fixed.xlf"))
            fixed = fixed_doc.segments[-1].target_text
            row = scores.setdefault((name, kind), [0, 0, 0])  # total, flagged, fixed exactly
            row[0] += 1
            row[1] += flagged
            row[2] += fixed == expected
            if kind == "wrong" and fixed != expected:
                misses.append((name, english, french, fixed, expected))
            if kind == "right" and flagged:
                false.append((name, context, english, french, [(i["text"], i["suggestions"][:1]) for i in report["issues"]]))
    print(f"MT-GenEval {args.split} through qa-desk batch ({len(all_cases)} documents, {elapsed:.0f} s)")
    for name in ("sentences", "context"):
        if (name, "wrong") not in scores:
            continue
        total, flagged, fixed = scores[name, "wrong"]
        right_total, right_flagged, _ = scores[name, "right"]
        print(f"  {name}: wrong gender flagged {flagged}/{total} = {flagged / total:.1%}, "
              f"fixed exactly {fixed}/{total} = {fixed / total:.1%}; "
              f"right gender flagged (false) {right_flagged}/{right_total} = {right_flagged / right_total:.1%}")
    if args.miss_kinds:
        for name in ("sentences", "context"):
            print(f"  {name} misses: {_miss_kinds([m for m in misses if m[0] == name])}")
    for name, context, english, french, issues in false[:args.show_false]:
        print(f"\n[{name} FALSE] {('CONTEXT: ' + context + chr(10) + '  ') if context else ''}EN: {english}\n  FR: {french}\n  issues: {issues}")
    for name, english, french, fixed, expected in misses[:args.show_misses]:
        print(f"\n[{name}] EN: {english}\n  FR:    {french}\n  fixed: {fixed}\n  want:  {expected}")


if __name__ == "__main__":
    main()

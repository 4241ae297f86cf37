"""The whole battery with the people analysis (English and French parses) against Translate
Toolkit's pofilter, on one 1,000-segment news XLIFF, one process each.

The file: WMT newstest2012 segments 1-1,000 (English and professional French; research use, written
to a temporary folder, never shipped) as XLIFF 1.2, the format pofilter reads. Timed as a user runs
them, start-up and model loading included:

- ``pofilter --language=fr FILE OUT`` (translate-toolkit in its own venv);
- ``qa-desk check FILE --format json`` with every check (people included);
- the same without the people checks (``--checks`` all but gender and title);
and, in this process, the people analysis alone on warm models (parse caches emptied).

Run by hand:  .venv/bin/python bench/people_speed.py --pofilter /work/bench-venv/bin/pofilter [--repeat 3]
"""
from __future__ import annotations

import argparse
import csv
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qa_desk.checks.registry import all_checks
from qa_desk.formats import write_document
from qa_desk.model import BilingualDocument, Content, Segment

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "parallel" / "newstest2012-dev1000.tsv"


def news_document(path: Path) -> BilingualDocument:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = [(r["en"], r["fr"]) for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
    return BilingualDocument([Segment(str(n), Content(en), Content(fr), paragraph=n)
                              for n, (en, fr) in enumerate(rows, start=1)], source_lang="en", target_lang="fr")


def timed(command: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def people_alone(doc: BilingualDocument, repeat: int) -> float:
    from qa_desk.engine import run_checks
    from qa_desk.people import english, english_referents
    run_checks(doc, "gender,title")  # load the models
    times = []
    for _ in range(repeat):
        english._cache.clear()
        english_referents._CACHE.clear()
        started = time.perf_counter()
        run_checks(doc, "gender,title")
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pofilter", help="pofilter of a translate-toolkit venv")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    doc = news_document(args.data)
    words = sum(len(s.target_text.split()) for s in doc.segments)
    with tempfile.TemporaryDirectory() as tmp:
        xlf = Path(tmp) / "news.xlf"
        write_document(doc, xlf, "xliff12")
        qa = [sys.executable, "-m", "qa_desk", "check", str(xlf), "--format", "json", "-o", str(Path(tmp) / "r.json")]
        rows = []
        if args.pofilter:
            rows.append(("pofilter --language=fr", timed([args.pofilter, "--language=fr", str(xlf),
                                                          str(Path(tmp) / "out.xlf")], args.repeat)))
        rows.append(("qa-desk check, every check (people included)", timed(qa, args.repeat)))
        others = ",".join(c for c in all_checks() if c not in ("gender", "title"))
        rows.append(("qa-desk check, without gender and title", timed(qa + ["--checks", others], args.repeat)))
    print(f"{len(doc.segments)} segments, {words} French words, median of {args.repeat} runs, one process each")
    base = rows[0][1] if args.pofilter else None
    for name, seconds in rows:
        ratio = f", {seconds / base:.2f}x pofilter" if base else ""
        print(f"  {name:48s} {seconds:6.2f} s  {words / seconds:8.0f} French words/s{ratio}")
    alone = people_alone(doc, args.repeat)
    print(f"  people analysis alone, warm models, in process     {alone:6.2f} s  {words / alone:8.0f} French words/s")


if __name__ == "__main__":
    main()

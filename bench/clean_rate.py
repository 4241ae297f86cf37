"""False alarms on clean translations: issues per 1,000 segments on hand-written clean EN/FR news pairs.

Run: .venv/bin/python bench/clean_rate.py [--checks numbers,number-format,...] [--data DIR] [-v]
Each pair is NAME.en.txt / NAME.fr.txt in tests/data/battery_a/clean/ (written for the project).
Also reports the checks' speed in words per second on the seed repeated (--repeat, default 20).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_desk.engine import load_document, run_checks  # noqa: E402
from qa_desk.model import BilingualDocument, Content, Segment  # noqa: E402

BATTERY_A = "numbers,number-format,untranslated,english-words,names,meaning,length"


def clean_rate(data: Path, checks: str, verbose: bool, fr_suffix: str = ".fr.txt") -> None:
    segments = issues = 0
    by_check: dict[str, int] = {}
    for source in sorted(data.glob("*.en.txt")):
        target = source.with_name(source.name.replace(".en.txt", fr_suffix))
        doc = load_document([str(source), str(target)])
        run = run_checks(doc, checks)
        segments += sum(1 for s in doc.segments if s.source.text.strip() and s.target_text.strip())
        issues += len(run.issues)
        for issue in run.issues:
            by_check[issue.check] = by_check.get(issue.check, 0) + 1
            if verbose:
                print(f"  {source.stem} seg {issue.segment} {issue.check}: {issue.text!r} {issue.message}")
    pairs = len(list(data.glob("*.en.txt")))
    print(f"clean pairs: {pairs}, segments: {segments}, issues: {issues} "
          f"= {1000 * issues / max(1, segments):.1f} per 1,000 segments {by_check or ''}")


def speed(seed: Path, checks: str, repeat: int) -> None:
    source, target = seed / "000_f49c22878f2298e4.en.txt", seed / "000_f49c22878f2298e4.txt"
    base = load_document([str(source), str(target)])
    # each copy made unique (a number on both sides) so that caches keyed by text do not help
    segments = [Segment(f"{n}-{s.id}", Content(s.source.text + (f" [{n}]" if s.source.text else "")),
                        Content(s.target_text + (f" [{n}]" if s.target_text else "")))
                for n in range(repeat) for s in base.segments]
    doc = BilingualDocument(segments)
    words = doc.word_count()
    run_checks(BilingualDocument(base.segments), checks)  # load resources and models once
    def best_cpu(ids: str) -> float:  # CPU seconds, best of 3: other work on the machine adds noise
        times = []
        for _ in range(3):
            _clear_text_caches()
            started = time.process_time()
            run_checks(doc, ids)
            times.append(time.process_time() - started)
        return min(times)

    for check in checks.split(","):
        print(f"  {check:14} {words / best_cpu(check):>10,.0f} words/s")
    elapsed = best_cpu(checks)
    print(f"all together: {words:,} words in {elapsed * 1000:.0f} ms = {words / elapsed:,.0f} words/s "
          f"(seed x{repeat}, each copy different; CPU time, best of 3, caches by text cleared, "
          f"resources already loaded)")


def _clear_text_caches() -> None:
    """Empty the caches keyed by segment text, so a repeated run costs what a first one does."""
    import gc
    import functools
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper) and getattr(obj, "__module__", "").startswith(
                ("qa_desk.checks", "qa_desk.nlp.tokens", "qa_desk.nlp.name_variants")):
            obj.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checks", default=BATTERY_A)
    parser.add_argument("--data", default=str(ROOT / "tests" / "data" / "battery_a" / "clean"))
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--fr-suffix", default=".fr.txt", help="e.g. .clean.fr.txt for tests/data/people")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    clean_rate(Path(args.data), args.checks, args.verbose, args.fr_suffix)
    speed(ROOT / "seeds", args.checks, args.repeat)


if __name__ == "__main__":
    main()

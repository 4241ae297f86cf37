"""Every issue the default battery raises on bench data, one JSON line each, to diff before/after a change.

    .venv/bin/python bench/dump_issues.py -o /tmp/before.jsonl [--set newstest --set europarl --set batch]
    diff /tmp/before.jsonl /tmp/after.jsonl && echo identical

Sets: ``newstest`` and ``europarl`` (the shared professional translations, cut as
``bench/real_translations.py`` cuts them, default profile) and ``batch`` (each distinct
document of ``bench/batch_speed.py``'s corpus once, every check, no profile). Each line holds
every field of the issue (message, span, suggestions, evidence, occurrences), so a speed change
that alters any issue shows in the diff. The script runs with ``PYTHONHASHSEED=0`` (it restarts itself
so unless told another seed): on 2026-12-06 one Europarl issue's evidence (doc0382, Margaret
Thatcher: a pronoun of s9572 given as evidence or not) changed with the hash seed, which would
show in a diff of two runs of the same code.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from qa_desk.engine import load_document, run_checks  # noqa: E402
from qa_desk.settings.profile import load_profile  # noqa: E402

import batch_speed  # noqa: E402
import real_translations  # noqa: E402


def _issue_row(name: str, doc, issue) -> str:
    row = {"set": name, "doc": str(doc.path)}
    row.update(dataclasses.asdict(issue))
    return json.dumps(row, ensure_ascii=False, sort_keys=True)


def dump(name: str, out) -> int:
    if name == "batch":
        with tempfile.TemporaryDirectory(prefix="qa-dump-") as tmp:
            paths = [p for p, _ in batch_speed.templates(Path(tmp))]
            docs = [load_document([str(p)]) for p in paths]
            for doc, path in zip(docs, paths):
                doc.path = path.name
        settings = None
    else:
        path = real_translations.SETS[name]
        if not path.exists():
            print(f"{path}: not found", file=sys.stderr)
            return 0
        docs = real_translations.documents(real_translations.read_pairs(path), 25)
        settings = load_profile(str(real_translations.PROFILE))
    count = 0
    for doc in docs:
        run = run_checks(doc, settings=settings) if settings else run_checks(doc)
        for issue in run.issues:
            out.write(_issue_row(name, doc, issue) + "\n")
            count += 1
    return count


def main() -> int:
    if "PYTHONHASHSEED" not in os.environ:
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--set", action="append", choices=("newstest", "europarl", "batch"),
                        help="default: all three")
    args = parser.parse_args()
    with open(args.output, "w", encoding="utf-8") as out:
        for name in args.set or ("newstest", "europarl", "batch"):
            started = time.perf_counter()
            count = dump(name, out)
            print(f"{name}: {count} issues, {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

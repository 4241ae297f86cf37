"""Word-level differences between two texts: what a tracked change, a report row and the audit trail show."""
from __future__ import annotations

import difflib
import re

WORD_RE = re.compile(r"\s+|\w+|[^\w\s]")


def word_diff(before: str, after: str) -> list[tuple[str, str]]:
    """Word-level diff as (op, text) runs, op in equal/delete/insert."""
    a, b = WORD_RE.findall(before), WORD_RE.findall(after)
    runs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append(("equal", "".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            runs.append(("delete", "".join(a[i1:i2])))
        if op in ("insert", "replace"):
            runs.append(("insert", "".join(b[j1:j2])))
    return [r for r in runs if r[1]]


def changed_words(before: str, after: str) -> tuple[str, str]:
    """(removed, added): the words a change took out and put in, each joined, for a one-line summary."""
    runs = word_diff(before, after)
    removed = " … ".join(t.strip() for op, t in runs if op == "delete" and t.strip())
    added = " … ".join(t.strip() for op, t in runs if op == "insert" and t.strip())
    return removed, added

"""The text report of a check run: what a person reads in a terminal."""
from __future__ import annotations

import unicodedata
from collections import Counter

from ..engine import CheckRun
from ..model import SEVERITIES

_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _terminal_safe(line: str) -> str:
    """Control characters and bidi overrides from a file (terminal escapes) shown as \\xNN, so a
    hostile segment cannot drive the terminal; no-break spaces and other text stay as they are."""
    return "".join(repr(c)[1:-1] if c in _BIDI_CONTROLS or (unicodedata.category(c) == "Cc" and c != "\t") else c
                   for c in line)


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def report_text(run: CheckRun) -> str:
    """A report a person reads in a terminal: one block per issue, then counts."""
    doc = run.document
    lines = [f"qa-desk report: {doc.path}" + (f" / {doc.target_path}" if doc.target_path else ""),
             f"{len(doc.segments)} segments, {doc.word_count()} source words, {len(run.issues)} issues", ""]
    segments = {s.id: s for s in doc.segments}
    for issue in run.issues:
        seg = segments[issue.segment]
        lines.append(f"[{issue.severity}] {issue.check} — segment {issue.segment}: {issue.message}")
        if issue.rule:
            lines.append(f"    file: {'line ' + str(issue.line) + ', ' if issue.line else ''}rule {issue.rule}")
        elif issue.side == "source":
            lines.append(f"    source: {_clip(seg.source.text)}")
        else:
            lines.append(f"    target: «{issue.text}» in: {_clip(seg.target_text)}")
        if issue.suggestions:
            lines.append(f"    suggestion: {issue.suggestions[0]}")
        for evidence in issue.evidence[:2]:
            lines.append(f"    evidence: {evidence.describe()}")
    people = run.people()
    if people is not None and people.named():
        lines += ["", "People:"]
        for person in people.named():
            best = person.strongest_evidence()
            conflict = ", conflicting evidence" if person.conflict else ""
            lines.append(f"    {person.name}: {person.gender}{conflict}" + (f" ({best.describe()})" if best else ""))
    counts = Counter(i.severity for i in run.issues)
    lines += ["", "Totals: " + ", ".join(f"{counts.get(s, 0)} {s}" for s in reversed(SEVERITIES))]
    return "\n".join(_terminal_safe(line) for line in lines) + "\n"

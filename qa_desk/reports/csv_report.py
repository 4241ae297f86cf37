"""The QA report as CSV: one table, one row per document total, segment and issue.

The ``row`` column says which ("document", "segment", "issue"), so one
file opens in a spreadsheet and still parses. Cells that a spreadsheet would
run as a formula (starting with = + - @ or a tab) get a leading apostrophe
(OWASP's advice on CSV injection).
"""
from __future__ import annotations

import csv
import io

from .scorecard import PENALTIES, Scorecard, message_of

COLUMNS = ("row", "segment", "check", "severity", "status", "source_words", "penalty",
           "penalty_per_1000", "ter", "chrf", "flagged", "message", "suggestion", "ignore_reason",
           "source", "original_target", "corrected_target", "notes")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def render_csv(data, card: Scorecard) -> str:
    """The CSV report of ``data`` (a :class:`ReportData`)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()

    def put(**values) -> None:
        writer.writerow({k: _cell(values.get(k)) for k in COLUMNS})

    status = ", ".join(f"{v} {k}" for k, v in sorted(card.status_counts.items()))
    put(row="document", source_words=card.source_words, penalty=card.penalty,
        penalty_per_1000=card.penalty_per_1000, ter=card.ter, chrf=card.chrf, status=status,
        message="open issues: " + ", ".join(f"{v} {k}" for k, v in card.open_by_severity.items()))
    notes = {s.id: s.notes for s in data.corrected.segments}
    for score in card.segments:
        put(row="segment", segment=score.id, source_words=score.source_words, penalty=score.penalty,
            ter=score.ter, chrf=score.chrf, source=score.source, original_target=score.original,
            corrected_target=score.corrected, notes=" / ".join(notes.get(score.id, [])))
    for record in data.records:
        issue = record.issue
        put(row="issue", segment=issue.segment, check=issue.check, severity=issue.severity,
            status=record.status, penalty=PENALTIES.get(issue.severity, 0) if record.status == "open" else 0,
            flagged=issue.text, message=message_of(issue), suggestion=" | ".join(issue.suggestions[:3]),
            ignore_reason=record.ignore_reason)
    return out.getvalue()

"""The QA report as CSV: one table, one row per document total, segment, issue and edit.

The ``row`` column says which ("document", "segment", "issue", "edit"), so one file opens in a
spreadsheet and still parses. ``segment`` is the segment's number in the document (the desk's
numbering), ``segment_id`` the id in the file. An issue row carries its segment's source and
target with the flagged words between ⟦ ⟧; an edit row the change ("−taken out +put in").
Written to a file it starts with a UTF-8 byte-order mark, so Excel reads the accents right.
Cells that a spreadsheet would run as a formula (starting with = + - @ or a tab) get a leading
apostrophe (OWASP's advice on CSV injection).
"""
from __future__ import annotations

import csv
import io

from ..textdiff import changed_words
from .labels import Labels
from .scorecard import PENALTIES, Scorecard, mqm_score, verdict

COLUMNS = ("row", "segment", "segment_id", "check", "severity", "status", "source_words", "penalty",
           "penalty_per_1000", "ter", "chrf", "flagged", "message", "suggestion", "ignore_reason",
           "source", "original_target", "corrected_target", "change", "by", "when", "decision", "notes")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"
OPEN_MARK, CLOSE_MARK = "⟦", "⟧"


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def bracketed(text: str, start: int, end: int) -> str:
    """``text`` with [start, end) between ⟦ ⟧ (what a spreadsheet cell can show of a highlight)."""
    if not 0 <= start <= end <= len(text) or start == end:
        return text
    return text[:start] + OPEN_MARK + text[start:end] + CLOSE_MARK + text[end:]


def report_rows(data, card: Scorecard) -> list[dict]:
    """The report's rows (dicts over COLUMNS), shared by the CSV and the XLSX writers."""
    t = Labels(data.language)
    numbers = data.number_of()
    rows = []
    status = ", ".join(f"{v} {t.word(k)}" for k, v in sorted(card.status_counts.items()))
    passed = verdict(card, data.pass_threshold)
    summary = "open issues: " + ", ".join(f"{v} {k}" for k, v in card.open_by_severity.items())
    summary += f"; MQM {mqm_score(card):.1f}"
    if passed is not None:
        summary += f" ({t('PASS') if passed else t('FAIL')}, {t('pass mark')} {data.pass_threshold:g})"
    rows.append({"row": "document", "source_words": card.source_words, "penalty": card.penalty,
                 "penalty_per_1000": card.penalty_per_1000, "ter": card.ter, "chrf": card.chrf, "status": status,
                 "message": summary, "decision": "" if passed is None else ("pass" if passed else "fail")})
    notes = {s.id: s.notes for s in data.corrected.segments}
    for score in card.segments:
        rows.append({"row": "segment", "segment": numbers.get(score.id, score.id), "segment_id": score.id,
                     "source_words": score.source_words, "penalty": score.penalty, "ter": score.ter,
                     "chrf": score.chrf, "source": score.source, "original_target": score.original,
                     "corrected_target": score.corrected, "notes": " / ".join(notes.get(score.id, []))})
    segments = {s.id: s for s in data.corrected.segments}
    for record in data.records:
        issue = record.issue
        seg = segments.get(issue.segment)
        source, target = (seg.source.text, seg.target_text) if seg is not None else ("", "")
        if issue.side == "source":
            source = bracketed(source, issue.start, issue.end)
        elif target[issue.start:issue.end] == issue.text:
            target = bracketed(target, issue.start, issue.end)
        rows.append({"row": "issue", "segment": numbers.get(issue.segment, issue.segment), "segment_id": issue.segment,
                     "check": issue.check, "severity": issue.severity,
                     "status": "open (fix pending)" if getattr(record, "pending_fix", False) else record.status,
                     "penalty": PENALTIES.get(issue.severity, 0) if record.status == "open" else 0,
                     "flagged": issue.text, "message": t.message(issue), "suggestion": " | ".join(issue.suggestions[:3]),
                     "ignore_reason": record.ignore_reason, "source": source, "corrected_target": target})
    for edit in data.edits:
        removed, added = changed_words(edit.before, edit.after)
        rows.append({"row": "edit", "segment": numbers.get(edit.segment, edit.segment), "segment_id": edit.segment,
                     "check": edit.check, "original_target": edit.before, "corrected_target": edit.after,
                     "change": f"−{removed} +{added}", "by": edit.user, "when": edit.time,
                     "decision": edit.decision})
    return rows


def render_csv(data, card: Scorecard, bom: bool = False) -> str:
    """The CSV report of ``data`` (a :class:`ReportData`); ``bom`` for a file Excel opens."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in report_rows(data, card):
        writer.writerow({k: _cell(row.get(k)) for k in COLUMNS})
    return (BOM if bom else "") + out.getvalue()

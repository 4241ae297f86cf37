"""The QA report as one standalone HTML page (no scripts, no external files).

Every piece of text that comes from a document, a check or a user goes
through :func:`html.escape`: segment text, notes, names and messages are
data, never markup.
"""
from __future__ import annotations

from datetime import datetime, timezone
from html import escape

from .scorecard import Scorecard, message_of, mqm_score

STYLE = """
body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1100px}
table{border-collapse:collapse;margin:0.5em 0 1.5em;width:100%}
th,td{border:1px solid #ccc;padding:0.3em 0.5em;vertical-align:top;text-align:left}
th{background:#f3f3f3}.num{text-align:right;font-variant-numeric:tabular-nums}
.critical{color:#a00;font-weight:bold}.major{color:#c50}.minor{color:#666}.info{color:#888}
.ignored,.fixed{color:#888}.fixed{text-decoration:line-through}del{background:#fdd}ins{background:#dfd}
"""


def _e(value) -> str:
    return escape("" if value is None else str(value), quote=True)


def _num(value, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _row(cells, header: bool = False) -> str:
    tag = "th" if header else "td"
    out = []
    for cell in cells:
        if isinstance(cell, tuple):  # (html already escaped, css class)
            out.append(f'<{tag} class="{cell[1]}">{cell[0]}</{tag}>')
        else:
            out.append(f"<{tag}>{_e(cell)}</{tag}>")
    return "<tr>" + "".join(out) + "</tr>"


def render_html(data, card: Scorecard) -> str:
    """The HTML report of ``data`` (a :class:`ReportData`)."""
    doc = data.document
    title = f"qa-desk report: {doc.path}" + (f" / {doc.target_path}" if doc.target_path else "")
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>",
             f"<h1>{_e(title)}</h1>",
             f"<p>{len(doc.segments)} segments, {card.source_words} source words; written {_e(stamp)}.</p>"]
    parts += ["<h2>Scorecard</h2><table>",
              _row(["measure", "value"], header=True),
              _row(["open issues (critical / major / minor / info)",
                    " / ".join(str(card.open_by_severity.get(s, 0))
                               for s in ("critical", "major", "minor", "info"))]),
              _row(["penalty points (minor 1, major 5, critical 25)", str(card.penalty)]),
              _row(["penalty per 1,000 source words", _num(card.penalty_per_1000, 2)]),
              _row(["MQM score (100 minus penalty points per 100 words)", _num(mqm_score(card), 1)]),
              _row(["post-edit TER, document (0 = unchanged)", _num(card.ter, 2)]),
              _row(["post-edit chrF, document (100 = unchanged)", _num(card.chrf, 2)]),
              _row(["issues by status", ", ".join(f"{v} {k}" for k, v in sorted(card.status_counts.items()))
                    or "none"]),
              _row(["edits by decision", ", ".join(f"{v} {k}" for k, v in sorted(card.decision_counts.items()))
                    or "none"]),
              "</table>"]
    people = data.people
    if people:
        parts += ["<h2>People</h2><table>", _row(["name", "gender", "set by user", "evidence"], header=True)]
        overrides = data.overrides
        for person in people:
            evidence = "; ".join(e.describe() if hasattr(e, "describe") else str(e)
                                 for e in list(getattr(person, "evidence", []))[:3])
            parts.append(_row([person.name, person.gender, overrides.get(person.key, ""), evidence]))
        parts.append("</table>")
    parts += ["<h2>Issues</h2><table>",
              _row(["segment", "severity", "check", "status", "flagged", "message", "suggestion",
                    "evidence"], header=True)]
    for record in data.records:
        issue = record.issue
        status = record.status + (f" ({record.ignore_scope}: {record.ignore_reason})"
                                  if record.status == "ignored" else "")
        evidence = "; ".join(e.describe() for e in issue.evidence[:2])
        parts.append(_row([issue.segment, (_e(issue.severity), _e(issue.severity)), issue.check,
                           (_e(status), _e(record.status)), issue.text, message_of(issue),
                           " | ".join(issue.suggestions[:3]), evidence]))
    parts.append("</table>")
    parts += ["<h2>Segments</h2><table>",
              _row(["segment", "source", "target as read", "corrected", "notes", "TER", "chrF", "penalty"],
                   header=True)]
    notes = {s.id: s.notes for s in data.corrected.segments}
    for score in card.segments:
        changed = score.original != score.corrected
        corrected_cell = (f"<ins>{_e(score.corrected)}</ins>", "changed") if changed else score.corrected
        original_cell = (f"<del>{_e(score.original)}</del>", "changed") if changed else score.original
        parts.append(_row([score.id, score.source, original_cell, corrected_cell,
                           " / ".join(notes.get(score.id, [])),
                           (_num(score.ter), "num"), (_num(score.chrf), "num"), (str(score.penalty), "num")]))
    parts.append("</table>")
    if data.edits:
        parts += ["<h2>Edits and decisions</h2><table>",
                  _row(["#", "segment", "check", "before", "after", "by", "when", "decision", "decided by"],
                       header=True)]
        for edit in data.edits:
            parts.append(_row([edit.id, edit.segment, edit.check, edit.before, edit.after, edit.user,
                               edit.time, edit.decision, edit.decided_by]))
        parts.append("</table>")
    parts.append("</body></html>\n")
    return "\n".join(parts)

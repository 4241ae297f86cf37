"""The QA report as one standalone HTML page (no scripts, no external files).

Every piece of text that comes from a document, a check or a user goes through
:func:`html.escape`: segment text, notes, names and messages are data, never markup.
Segments carry their number in the document (the desk's numbering) everywhere; an issue row
shows its segment with the flagged words marked, an edit row the words taken out and put in.
"""
from __future__ import annotations

from datetime import datetime, timezone
from html import escape

from ..textdiff import word_diff
from .labels import Labels
from .scorecard import Scorecard, mqm_score, verdict

STYLE = """
body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1200px}
table{border-collapse:collapse;margin:0.5em 0 1.5em;width:100%}
th,td{border:1px solid #ccc;padding:0.3em 0.5em;vertical-align:top;text-align:left}
th{background:#f3f3f3}.num{text-align:right;font-variant-numeric:tabular-nums}
.critical{color:#a00;font-weight:bold}.major{color:#c50}.minor{color:#666}.info{color:#888}
.ignored,.fixed{color:#888}.fixed{text-decoration:line-through}del{background:#fdd}ins{background:#dfd}
mark{background:#ffe08a}.ctx{font-size:0.92em}.ctx .src{color:#555}
.pass{color:#1b5e20;font-weight:bold}.fail{color:#b71c1c;font-weight:bold}
"""


def _e(value) -> str:
    return escape("" if value is None else str(value), quote=True)


def _row(cells, header: bool = False) -> str:
    tag = "th" if header else "td"
    out = []
    for cell in cells:
        if isinstance(cell, tuple):  # (html already escaped, css class)
            out.append(f'<{tag} class="{cell[1]}">{cell[0]}</{tag}>')
        else:
            out.append(f"<{tag}>{_e(cell)}</{tag}>")
    return "<tr>" + "".join(out) + "</tr>"


def marked(text: str, start: int, end: int) -> str:
    """``text`` escaped, with [start, end) in <mark> (a zero-width span marks nothing)."""
    if not 0 <= start <= end <= len(text) or start == end:
        return _e(text)
    return _e(text[:start]) + "<mark>" + _e(text[start:end]) + "</mark>" + _e(text[end:])


def diff_html(before: str, after: str) -> str:
    """The change as a word diff: <del> what went, <ins> what came."""
    parts = []
    for op, chunk in word_diff(before, after):
        tag = {"delete": "del", "insert": "ins"}.get(op)
        parts.append(f"<{tag}>{_e(chunk)}</{tag}>" if tag else _e(chunk))
    return "".join(parts)


def _context(issue, segments: dict) -> str:
    seg = segments.get(issue.segment)
    if seg is None:
        return ""
    source, target = seg.source.text, seg.target_text
    if issue.side == "source":
        src, tgt = marked(source, issue.start, issue.end), _e(target)
    else:
        src = _e(source)
        tgt = marked(target, issue.start, issue.end) if target[issue.start:issue.end] == issue.text else _e(target)
    return f'<div class="src">{src}</div><div>{tgt}</div>'


def render_html(data, card: Scorecard) -> str:
    """The HTML report of ``data`` (a :class:`ReportData`)."""
    t = Labels(data.language)
    doc = data.document
    numbers = data.number_of()
    title = f"{t('qa-desk report')}: {doc.path}" + (f" / {doc.target_path}" if doc.target_path else "")
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    parts = ["<!DOCTYPE html>", f'<html lang="{t.lang}"><head><meta charset="utf-8">',
             f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>",
             f"<h1>{_e(title)}</h1>",
             "<p>" + _e(t("{segments} segments, {words} source words; written {stamp}.",
                          segments=t.number(len(doc.segments)), words=t.number(card.source_words), stamp=stamp))
             + "</p>"]
    parts += _scorecard(data, card, t)
    parts += _people(data, t)
    parts += _issues(data, t, numbers)
    parts += _segments(data, card, t, numbers)
    parts += _edits(data, t, numbers)
    parts += _audit(data, t, numbers)
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _scorecard(data, card, t) -> list[str]:
    score = mqm_score(card)
    threshold = data.pass_threshold
    passed = verdict(card, threshold)
    rows = ["<h2>" + _e(t("Scorecard")) + "</h2><table>", _row([t("measure"), t("value")], header=True),
            _row([t("open issues (critical / major / minor / info)"),
                  " / ".join(t.number(card.open_by_severity.get(s, 0)) for s in ("critical", "major", "minor", "info"))]),
            _row([t("penalty points (minor 1, major 5, critical 25)"), t.number(card.penalty)]),
            _row([t("penalty per 1,000 source words"), t.number(card.penalty_per_1000, 2)]),
            _row([t("MQM score (100 minus penalty points per 100 words)"), t.number(score, 1)])]
    if passed is None:
        rows.append(_row([t("pass mark"), t("no pass mark set (profile [report] pass_threshold)")]))
    else:
        label = t("PASS") if passed else t("FAIL")
        rows.append(_row([t("pass mark"), t.number(threshold, 1)]))
        rows.append(_row([t("verdict"), (_e(label), "pass" if passed else "fail")]))
    rows += [_row([t("post-edit TER, document (0 = unchanged)"), t.number(card.ter, 2)]),
             _row([t("post-edit chrF, document (100 = unchanged)"), t.number(card.chrf, 2)]),
             _row([t("issues by status"), ", ".join(f"{t.number(v)} {t.word(k)}"
                                                    for k, v in sorted(card.status_counts.items())) or t("none")]),
             _row([t("edits by decision"), ", ".join(f"{t.number(v)} {t.word(k)}"
                                                     for k, v in sorted(card.decision_counts.items())) or t("none")]),
             "</table>"]
    return rows


def _people(data, t) -> list[str]:
    if not data.people:
        return []
    rows = ["<h2>" + _e(t("People")) + "</h2><table>",
            _row([t("name"), t("gender"), t("set by user"), t("evidence")], header=True)]
    for person in data.people:
        evidence = "; ".join(t.evidence(e) if hasattr(e, "describe") else str(e)
                             for e in list(getattr(person, "evidence", []))[:3])
        override = data.overrides.get(person.key, "")
        rows.append(_row([person.name, t.word(person.gender), t.word(override) if override else "", evidence]))
    rows.append("</table>")
    return rows


def _issues(data, t, numbers) -> list[str]:
    segments = {s.id: s for s in data.corrected.segments}
    rows = ["<h2>" + _e(t("Issues")) + "</h2><table>",
            _row([t("segment"), t("severity"), t("check"), t("status"), t("context"), t("message"), t("suggestion"),
                  t("evidence")], header=True)]
    for record in data.records:
        issue = record.issue
        status = t.status(record) + (f" ({t.word(record.ignore_scope)}: {record.ignore_reason})"
                                     if record.status == "ignored" else "")
        evidence = "; ".join(t.evidence(e) for e in issue.evidence[:2])
        rows.append(_row([numbers.get(issue.segment, issue.segment), (_e(t.word(issue.severity)), _e(issue.severity)),
                          issue.check, (_e(status), _e(record.status)),
                          (_context(issue, segments), "ctx"), t.message(issue),
                          " | ".join(issue.suggestions[:3]), evidence]))
    rows.append("</table>")
    return rows


def _segments(data, card, t, numbers) -> list[str]:
    rows = ["<h2>" + _e(t("Segments")) + "</h2><table>",
            _row([t("segment"), t("source"), t("target as read"), t("corrected"), t("notes"), "TER", "chrF",
                  t("penalty")], header=True)]
    notes = {s.id: s.notes for s in data.corrected.segments}
    for score in card.segments:
        changed = score.original != score.corrected
        corrected_cell = (diff_html(score.original, score.corrected), "changed") if changed else score.corrected
        rows.append(_row([numbers.get(score.id, score.id), score.source, score.original, corrected_cell,
                          " / ".join(notes.get(score.id, [])),
                          (t.number(score.ter, 1), "num"), (t.number(score.chrf, 1), "num"),
                          (t.number(score.penalty), "num")]))
    rows.append("</table>")
    return rows


def _edits(data, t, numbers) -> list[str]:
    if not data.edits:
        return []
    rows = ["<h2>" + _e(t("Edits and decisions")) + "</h2><table>",
            _row(["#", t("segment"), t("check"), t("change"), t("by"), t("when"), t("decision"), t("decided by")],
                 header=True)]
    for edit in data.edits:
        rows.append(_row([edit.id, numbers.get(edit.segment, edit.segment), edit.check,
                          (diff_html(edit.before, edit.after), "ctx"), edit.user, edit.time.replace("T", " ")[:19],
                          t.word(edit.decision), edit.decided_by]))
    rows.append("</table>")
    return rows


def _audit(data, t, numbers) -> list[str]:
    if not data.audit:
        return []
    from .audit_text import describe_entry
    rows = ["<h2>" + _e(t("Audit trail")) + "</h2><table>", _row([t("when"), t("who"), t("what")], header=True)]
    for entry in data.audit:
        rows.append(_row([entry.time.replace("T", " ")[:19], entry.user, describe_entry(entry, numbers, t.lang)]))
    rows.append("</table>")
    return rows

"""Writing what the review produced: the corrected document (accepted edits only) and its issues.

The exported document is a copy whose targets carry only the edits the
editor accepted, replayed on the text as read; pending and rejected edits are
left out. Open and ignored issues go to the writer (ITS 2.0 annotations in
XLIFF), moved onto the exported text or dropped when their text is not in it.
"""
from __future__ import annotations

from dataclasses import replace

from ..formats import write_document
from ..model import BilingualDocument, Issue
from .textedit import replay


def accepted_document(session) -> tuple[BilingualDocument, list[int]]:
    """A copy of the document with accepted edits only; returns it and the edits that would not apply.

    A segment whose text an accepted edit changed takes the profile's state for fixed segments
    (default "reviewed", never down: "final" stays final; :func:`engine.settle_states`).
    """
    from ..engine import settle_states

    doc = session.document
    segments, skipped = [], []
    for seg in doc.segments:
        accepted = [e for e in session.edits if e.segment == seg.id and e.decision == "accepted"]
        if not accepted:
            original = session._originals.get(seg.id)
            segments.append(replace(seg, target=original.copy() if original is not None else None,
                                    notes=list(seg.notes)))
            continue
        content, missed = replay(session._originals.get(seg.id), accepted)
        skipped.extend(missed)
        segments.append(replace(seg, target=content, notes=list(seg.notes)))
    corrected = replace(doc, segments=segments)
    settle_states(corrected, session.settings)
    return corrected, skipped


def _moved(issue: Issue, text: str) -> Issue | None:
    """The issue on ``text``: where it was, else at the nearest place its text occurs, else None."""
    if issue.side != "target" or text[issue.start:issue.end] == issue.text:
        return issue
    if not issue.text:
        return None
    hits, pos = [], text.find(issue.text)
    while pos >= 0:
        hits.append(pos)
        pos = text.find(issue.text, pos + 1)
    if not hits:
        return None
    best = min(hits, key=lambda p: abs(p - issue.start))
    return replace(issue, start=best, end=best + len(issue.text))


def fix_left_out(issue: Issue, text: str, as_read: str | None) -> bool:
    """True when a "fixed" issue is still in ``text`` (the exported, accepted-edits text): the edit
    that fixed it is pending or rejected, so the file, the report and the score still have it."""
    if issue.side != "target":
        return text == (as_read or "")  # no accepted edit changed the target: the source-side issue stays
    return bool(issue.text) and text[issue.start:issue.end] == issue.text


def exported_issues(session, doc: BilingualDocument) -> list[Issue]:
    """Open and ignored issues placed on the exported text.

    An issue "fixed" by an edit that is not accepted is still in the exported
    text: it goes out as open when its text is still exactly where it was.
    An ignored issue carries ``its_enabled = False`` (ITS ``locQualityIssueEnabled="no"``
    for writers that read it) and says it was ignored in its message.
    """
    texts = {s.id: s.target_text for s in doc.segments}
    as_read = {s.id: s.original_target or "" for s in doc.segments}
    out = []
    for record in session.issues:
        text = texts.get(record.issue.segment, "")
        if record.status == "fixed" and not fix_left_out(record.issue, text, as_read.get(record.issue.segment)):
            continue
        issue = _moved(record.issue, text)
        if issue is None:
            continue
        if record.status == "ignored":
            why = f" [ignored: {record.ignore_reason}]" if record.ignore_reason else " [ignored]"
            issue = replace(issue, message=issue.message + why)
            issue.its_enabled = False
        out.append(issue)
    return out


def export_document(session, path: str, fmt: str | None = None) -> tuple[str, dict]:
    """Write the corrected document atomically; returns the format used and what was written."""
    doc, skipped = accepted_document(session)
    issues = exported_issues(session, doc)
    used = write_document(doc, path, fmt, issues)
    changed = sum(1 for s in doc.segments if s.target_text != (s.original_target or ""))
    return used, {"path": str(path), "format": used, "segments_changed": changed,
                  "issues": len(issues), "edits_not_applied": skipped,
                  "pending_left_out": pending_left_out(session)}


def report_records(session, corrected: BilingualDocument) -> list:
    """The session's issues as the report scores them: an issue "fixed" by an edit the export leaves
    out (pending, rejected) is open, with ``pending_fix`` set, and counts in the penalty."""
    from ..reports.data import ReportRecord

    texts = {s.id: s.target_text for s in corrected.segments}
    as_read = {s.id: s.original_target or "" for s in corrected.segments}
    out = []
    for record in session.issues:
        seg_id = record.issue.segment
        pending = record.status == "fixed" and fix_left_out(record.issue, texts.get(seg_id, ""), as_read.get(seg_id))
        out.append(ReportRecord(record.issue, "open" if pending else record.status, record.ignore_reason,
                                record.ignore_scope, pending_fix=pending))
    return out


def pending_left_out(session) -> int:
    """Edits the export and the report leave out because no editor accepted them yet."""
    return sum(1 for e in session.edits if e.decision == "pending")


def report_data(session):
    """What the reports show of a session: the accepted-edits text, every issue and decision."""
    from ..reports.data import ReportData

    corrected, _ = accepted_document(session)
    return ReportData(session.document, corrected, report_records(session, corrected), list(session.people()),
                      session.person_overrides(), list(session.edits), settings=dict(session.settings),
                      audit=session.audit_trail(), lang=getattr(session, "report_language", ""))


def write_report(session, path: str, kind: str):
    """Render the HTML or CSV report of the accepted-edits text and write it atomically; returns the scorecard."""
    from ..reports import REPORT_KINDS
    from ..reports import write_report as write

    if kind not in REPORT_KINDS:
        raise ValueError("report kind must be 'html', 'csv' or 'xlsx'")
    return write(report_data(session), path, kind)

"""Reading back what qa-desk wrote: the ITS issue marks of an exported XLIFF give ignores back.

An export carries every open and ignored issue as an ITS 2.0 mark; an ignored one is disabled
(``its:locQualityIssueEnabled="no"``) and its comment ends its message with "[ignored: reason]".
When such a file is opened, the checks find the same issues again; each one that stands where a
disabled mark stands, of the same ITS type, is ignored again with the reason the mark gives.
"""
from __future__ import annotations

import re

from ..formats.xliff_common import its_type

_REASON = re.compile(r"\[ignored(?::\s*([^\]]*))?\]")


def reason_of(comment: str) -> str:
    match = _REASON.search(comment or "")
    return (match.group(1) or "").strip() if match else ""


def _matches(issue, mark) -> bool:
    if mark.type and mark.type != its_type(issue):
        return False
    if issue.side != "target":
        return mark.start == mark.end == 0 and (mark.comment or "").startswith(f"[source: {issue.text}]")
    return (mark.start, mark.end) == (issue.start, issue.end)


def ignored_by_marks(document, records) -> list[tuple]:
    """(record, reason) for each open record a disabled mark of its segment stands for."""
    marks = {s.id: [m for m in s.quality_marks if not m.enabled] for s in document.segments if s.quality_marks}
    out = []
    for record in records:
        candidates = marks.get(record.issue.segment)
        if not candidates or record.status != "open":
            continue
        mark = next((m for m in candidates if _matches(record.issue, m)), None)
        if mark is not None:
            candidates.remove(mark)
            out.append((record, reason_of(mark.comment) or "ignored in the file read"))
    return out


def ignore_marked(session, conn) -> set[str]:
    """Once, after the first full check: ignores back from the disabled ITS marks of the file read.
    Returns the segments whose records changed."""
    from . import records
    from .project import now_iso
    from .records import IgnoreRule

    if not getattr(session, "_marks_pending", False):
        return set()
    session._marks_pending = False
    found = ignored_by_marks(session.document, session.issues)
    for record, reason in found:
        issue = record.issue
        rule = IgnoreRule(0, "document", record.signature, issue.check, issue.person, issue.text, reason,
                          session.user, now_iso(), session.doc_id)
        rule.id = records.insert_ignore(conn, rule)
        session._ignores.append(rule)
    if not found:
        return set()
    session._audit(conn, session.user, "import_ignores", {"count": len(found)})
    return session._restatus()


def stale_segments(session) -> set[str]:
    """Segments with an open issue whose flagged text is no longer where the issue says (a bulk
    edit whose deferred re-check never ran); a reopened issue is open on purpose."""
    stale = set()
    for record in session.issues:
        issue = record.issue
        if record.status != "open" or issue.side != "target" or issue.is_document_level \
                or record.signature in session._reopened:
            continue
        try:
            text = session.document.segment(issue.segment).target_text
        except KeyError:
            continue
        if text[issue.start:issue.end] != issue.text:
            stale.add(issue.segment)
    return stale

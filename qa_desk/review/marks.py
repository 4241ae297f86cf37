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

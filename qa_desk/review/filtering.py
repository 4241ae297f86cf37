"""Which segments the grid shows: open issues, a check, a severity or above, pending changes, edited, text.

Plain Python over the session's lists (no Qt), so a filter over 100,000 segments is a few set
look-ups per segment: the app asks :func:`filter_segments` for the rows to show and
:func:`counts_by_check` for the numbers beside each check in the filter.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..model import SEVERITIES
from .search import Search

SHOW = ("all", "issues", "pending", "edited")  # every segment, open issues, pending changes, edited


@dataclass(frozen=True)
class SegmentFilter:
    show: str = "all"
    check: str = ""  # only segments with an open issue of this check
    min_severity: str = ""  # only segments with an open issue of this severity or above
    search: Search | None = None  # only segments whose source/target (search.side) match

    def __post_init__(self) -> None:
        if self.show not in SHOW:
            raise ValueError(f"show must be one of {', '.join(SHOW)}")
        if self.min_severity and self.min_severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {', '.join(SEVERITIES)}")

    @property
    def is_empty(self) -> bool:
        return self.show == "all" and not self.check and not self.min_severity and self.search is None


def _open_segments(records, check: str, min_severity: str) -> set[str]:
    floor = SEVERITIES.index(min_severity) if min_severity else 0
    rank = {s: n for n, s in enumerate(SEVERITIES)}
    return {r.issue.segment for r in records
            if r.status == "open" and (not check or r.issue.check == check)
            and rank.get(r.issue.severity, 0) >= floor}


def filter_segments(session, spec: SegmentFilter) -> list:
    """The session's segments that pass ``spec``, in document order."""
    segments = session.document.segments
    if spec.is_empty:
        return list(segments)
    keep: set[str] | None = None

    def narrow(ids: set[str]) -> None:
        nonlocal keep
        keep = ids if keep is None else keep & ids

    if spec.show == "issues" or spec.check or spec.min_severity:
        narrow(_open_segments(session.issues, spec.check, spec.min_severity))
    if spec.show == "pending":
        narrow({e.segment for e in session.edits if e.decision == "pending"})
    elif spec.show == "edited":
        narrow({s.id for s in segments if s.modified})
    if keep is not None and (spec.search is None or spec.search.regex):
        segments, keep = [s for s in segments if s.id in keep], None  # a regex is tried text by text
    if spec.search is not None:  # a plain search: one pass over all texts (text_index keeps them lowered)
        from .text_index import matching_positions
        found = matching_positions(session, segments, spec.search)
        segments = [segments[n] for n in found]
    if keep is not None:
        segments = [s for s in segments if s.id in keep]
    return segments


def counts_by_check(session) -> Counter:
    """Open issues per check (what the check filter shows beside each name)."""
    return Counter(r.issue.check for r in session.issues if r.status == "open")


def prepare(session) -> None:
    """Lower every text for the text filter now: a worker calls it after opening (0.5 s on 100,000
    segments), so the first search on the GUI thread only looks."""
    from .text_index import warm
    warm(session, session.document.segments)

"""What the grid's and the issue list's models look up, built in plain Python (no Qt objects).

After a bulk change re-checked on a worker, a session may hold 200,000 issues and 100,000 edits:
sorting them, numbering them and counting them took 3 s on the GUI thread. The worker that
re-checked builds these indexes too (:func:`build_all`), and the models take them as they are;
after a small change the models build them themselves, on the GUI thread, in milliseconds.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

SEVERITY_ORDER = {"info": 0, "minor": 1, "major": 2, "critical": 3}
SEGMENT, SEVERITY, CHECK, TEXT, MESSAGE, STATUS = range(6)  # the issue list's columns


class Numbers(Mapping):
    """Segment id -> its number in the document (1-based), read from the 0-based order: one dict
    built for 100,000 segments, not two."""

    def __init__(self, order: dict[str, int]):
        self._order = order

    def __getitem__(self, seg_id: str) -> int:
        return self._order[seg_id] + 1

    def get(self, seg_id: str, default=None):
        place = self._order.get(seg_id)
        return default if place is None else place + 1

    def __contains__(self, seg_id) -> bool:
        return seg_id in self._order

    def __iter__(self):
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)


def group_key(issue) -> tuple:
    return (issue.check, issue.person, issue.side, issue.text, issue.suggestions[0] if issue.suggestions else None)


def record_key(record, column: int, place):
    """The sort key of a record in a column; ``place`` gives a segment's place in the document."""
    issue = record.issue
    if column == SEGMENT:
        return (place(issue.segment, -1), issue.start)
    if column == SEVERITY:  # worst first, then in document order
        return (-SEVERITY_ORDER.get(issue.severity, 0), place(issue.segment, -1), issue.start)
    return (None, None, issue.check, issue.text, issue.message, record.status)[column]


@dataclass
class IssueIndex:
    """The issue list in display order, with its look-ups and counts."""

    records: list
    column: int
    descending: bool
    row_of_signature: dict = field(default_factory=dict)
    group_rows: dict = field(default_factory=dict)  # identical open issues -> their rows
    open_by_check: Counter = field(default_factory=Counter)
    open_by_severity: Counter = field(default_factory=Counter)
    checks: list = field(default_factory=list)  # every check with a record, sorted


def sort_records(records: list, order: dict, column: int, descending: bool) -> list:
    """The records in the order of ``column`` (a Python sort with keys: a proxy's lessThan, called
    from C++ for each comparison, took seconds on 50,000 issues)."""
    place = order.get
    if column == SEVERITY:  # the default order, after every re-check: keys without a call per row
        rank = SEVERITY_ORDER.get
        keys = [(-rank(r.issue.severity, 0), place(r.issue.segment, -1), r.issue.start) for r in records]
    else:
        keys = [record_key(r, column, place) for r in records]
    try:
        rows = sorted(range(len(records)), key=keys.__getitem__)
    except TypeError:
        rows = sorted(range(len(records)), key=lambda r: str(keys[r]))
    if descending:
        rows.reverse()
    return [records[r] for r in rows]


def index_records(records: list, column: int, descending: bool) -> IssueIndex:
    """Look-ups and counts of records already in display order."""
    index = IssueIndex(records, column, descending)
    index.row_of_signature = {r.signature: n for n, r in enumerate(records)}
    groups: dict[tuple, list[int]] = {}
    by_check: Counter = Counter()
    by_severity: Counter = Counter()
    checks = set()
    for row, record in enumerate(records):
        issue = record.issue
        checks.add(issue.check)
        if record.status == "open":
            groups.setdefault(group_key(issue), []).append(row)
            by_check[issue.check] += 1
            by_severity[issue.severity] += 1
    index.group_rows, index.open_by_check, index.open_by_severity = groups, by_check, by_severity
    index.checks = sorted(checks)
    return index


def build_issue_index(issues: list, order: dict, column: int = SEVERITY, descending: bool = False) -> IssueIndex:
    return index_records(sort_records(list(issues), order, column, descending), column, descending)


@dataclass
class SegmentIndex:
    """The grid's look-ups: issue records and pending edits by segment, segments with an accepted edit."""

    issues_by_segment: dict
    pending_by_segment: dict
    decided: set
    pending_count: int


def index_issues(issues: list) -> dict:
    by_segment: dict[str, list] = {}
    for record in issues:
        by_segment.setdefault(record.issue.segment, []).append(record)
    return by_segment


def index_edits(edits: list) -> tuple[dict, set, int]:
    pending: dict[str, list] = {}
    decided: set[str] = set()
    count = 0
    for edit in edits:
        if edit.decision == "pending":
            pending.setdefault(edit.segment, []).append(edit)
            count += 1
        elif edit.decision == "accepted":
            decided.add(edit.segment)
    return pending, decided, count


def build_segment_index(session) -> SegmentIndex:
    pending, decided, count = index_edits(session.edits)
    return SegmentIndex(index_issues(session.issues), pending, decided, count)


@dataclass
class Prepared:
    """Everything a worker builds for the models after it re-checked a session."""

    issues: IssueIndex
    segments: SegmentIndex


def build_all(session, order: dict, column: int = SEVERITY, descending: bool = False) -> Prepared:
    return Prepared(build_issue_index(session.issues, order, column, descending), build_segment_index(session))

"""The issue list's model and its filter proxy (check, severity, status), read by the issue panel."""
from __future__ import annotations

from .i18n import localised_message, tr
from .models import (ALIGN, DISPLAY, FOREGROUND, RECORD_ROLE, SEVERITY_ORDER, SKIPPED_ROLES, SORT_ROLE, TOOLTIP,
                     issue_tooltip, severity_colour)
from .qt import QAbstractTableModel, QModelIndex, QPalette, QSortFilterProxyModel, Qt


class IssueModel(QAbstractTableModel):
    """The issue list: one row per IssueRecord of the session."""

    SEGMENT, SEVERITY, CHECK, TEXT, MESSAGE, STATUS = range(6)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session = None
        self.records: list = []
        self.row_of_segment: dict[str, int] = {}
        self.row_of_signature: dict[str, int] = {}
        self._labels: dict[tuple[str, str], str] = {}
        self._muted = QPalette().color(QPalette.Disabled, QPalette.Text)
        self.sort_column, self.sort_order = self.SEVERITY, Qt.AscendingOrder

    def set_session(self, session, order: dict | None = None) -> None:
        """``order``: segment id -> place in the document, when the grid's model has it already."""
        self.beginResetModel()
        self.session = session
        self._muted = QPalette().color(QPalette.Disabled, QPalette.Text)
        self.records = list(session.issues) if session is not None else []
        if session is None:
            self.row_of_segment = {}
        elif order is not None and len(order) == len(session.document.segments):
            self.row_of_segment = order
        else:
            self.row_of_segment = {s.id: n for n, s in enumerate(session.document.segments)}
        self.records = self._sorted(self.sort_column, self.sort_order)
        self._reindex()
        self.endResetModel()

    def _reindex(self) -> None:
        self.row_of_signature = {r.issue.signature: n for n, r in enumerate(self.records)}
        self._group()

    def _sorted(self, column: int, order) -> list:
        """The records in the order of ``column`` (a Python sort with keys: a proxy's lessThan, called
        from C++ for each comparison, took seconds on 50,000 issues)."""
        where = self.row_of_segment.get
        if column == self.SEVERITY:  # the default order, after every re-check: keys without a call per row
            rank = SEVERITY_ORDER.get
            keys = [(-rank(r.issue.severity, 0), where(r.issue.segment, -1), r.issue.start) for r in self.records]
        else:
            keys = [self.sort_key(row, column) for row in range(len(self.records))]
        try:
            rows = sorted(range(len(self.records)), key=keys.__getitem__)
        except TypeError:
            rows = sorted(range(len(self.records)), key=lambda r: str(keys[r]))
        if order == Qt.DescendingOrder:
            rows.reverse()
        return [self.records[r] for r in rows]

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        """Sort the records themselves (the filter proxy keeps their order); selections follow."""
        if column < 0 or column >= self.columnCount():
            return
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = {id(r): n for n, r in enumerate(self.records)}
        self.records = self._sorted(column, order)
        self._reindex()
        old_rows = {before[id(r)]: n for n, r in enumerate(self.records)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(persistent, [self.index(old_rows[i.row()], i.column()) if i.row() in old_rows
                                                    else QModelIndex() for i in persistent])
        self.layoutChanged.emit()

    def _group(self) -> None:
        """Identical open issues (same check, person, flagged text and first suggestion) share a group."""
        groups: dict[tuple, list[int]] = {}
        for row, record in enumerate(self.records):
            if record.status == "open":
                groups.setdefault(group_key(record.issue), []).append(row)
        self.group_rows = groups

    def group_size(self, row: int) -> int:
        """How many identical open issues the row stands for (a document-level issue: its places)."""
        record = self.records[row]
        if record.issue.is_document_level:
            return len(record.issue.occurrences)
        if record.status != "open":
            return 1
        return len(self.group_rows.get(group_key(record.issue), ()))

    def group_leader(self, row: int) -> bool:
        record = self.records[row]
        if record.status != "open" or record.issue.is_document_level:
            return True
        rows = self.group_rows.get(group_key(record.issue))
        return not rows or rows[0] == row

    def apply_changes(self, changes) -> None:
        if self.session is None:
            return
        if getattr(changes, "issues_changed", False) or getattr(changes, "people_changed", False) \
                or len(self.session.issues) != len(self.records):
            self.set_session(self.session, self.row_of_segment)
        elif self.records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.records) - 1, self.STATUS))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (tr("#"), tr("Severity"), tr("Check"), tr("Text"), tr("Message"), tr("Status"))[section]
        return None

    def label(self, word: str, context: str) -> str:
        """Translated severity/status names, looked up once (data() runs for every visible cell)."""
        key = (word, context)
        text = self._labels.get(key)
        if text is None:
            text = self._labels[key] = tr(word)
        return text

    def sort_key(self, row: int, col: int):
        record = self.records[row]
        issue = record.issue
        if col == self.SEGMENT:
            return (self.row_of_segment.get(issue.segment, -1), issue.start)
        if col == self.SEVERITY:  # worst first, then in document order
            return (-SEVERITY_ORDER.get(issue.severity, 0), self.row_of_segment.get(issue.segment, -1), issue.start)
        return (None, None, issue.check, issue.text, issue.message, record.status)[col]

    def data(self, index, role=DISPLAY):
        role = int(role)
        if role in SKIPPED_ROLES or not index.isValid():
            return None
        record = self.records[index.row()]
        issue = record.issue
        col = index.column()
        if role == RECORD_ROLE:
            return record
        if role == DISPLAY:
            if col == self.SEGMENT:
                return self.row_of_segment.get(issue.segment, -1) + 1
            if col == self.SEVERITY:
                return self.label(issue.severity, "severity")
            if col == self.STATUS:
                if record.status == "open" and self.session is not None and \
                        self.session.is_reopened(record.signature):
                    return self.label("reopened", "status")
                return self.label(record.status, "status")
            if col == self.TEXT:
                size = self.group_size(index.row())
                return f"{issue.text} ×{size}" if size > 1 else issue.text
            if col == self.MESSAGE:
                return localised_message(issue)
            return (None, None, issue.check)[col]
        if role == SORT_ROLE:
            return self.sort_key(index.row(), col)
        if role == FOREGROUND:
            if col == self.SEVERITY:
                return severity_colour(issue.severity)
            if record.status != "open":
                return self._muted
        if role == TOOLTIP and col in (self.TEXT, self.MESSAGE):
            return issue_tooltip([record])
        if role == ALIGN and col == self.SEGMENT:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None


def group_key(issue) -> tuple:
    return (issue.check, issue.person, issue.side, issue.text, issue.suggestions[0] if issue.suggestions else None)


class IssueFilter(QSortFilterProxyModel):
    """Filters the issue list by check, severity (that one or above) and status (empty string = any);
    ``grouped`` shows one line for each group of identical open issues."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.check = ""
        self.severity = ""
        self.status = "open"
        self.grouped = False
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        """The view's sort goes to the source model, which orders its records; this proxy only filters."""
        if self.sourceModel() is not None:
            self.sourceModel().sort(column, order)

    def set_filter(self, *, check: str | None = None, severity: str | None = None,
                   status: str | None = None, grouped: bool | None = None) -> None:
        wanted = {"check": check, "severity": severity, "status": status, "grouped": grouped}
        if all(value is None or getattr(self, name) == value for name, value in wanted.items()):
            return  # the same filter again (after a reset the dock re-reads its combos): no second pass
        self.beginFilterChange()
        if check is not None:
            self.check = check
        if severity is not None:
            self.severity = severity
        if status is not None:
            self.status = status
        if grouped is not None:
            self.grouped = grouped
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        source = self.sourceModel()
        record = source.records[row]
        floor = SEVERITY_ORDER.get(self.severity, 0)
        return ((not self.check or record.issue.check == self.check)
                and (not self.severity or SEVERITY_ORDER.get(record.issue.severity, 0) >= floor)
                and (not self.status or record.status == self.status)
                and (not self.grouped or source.group_leader(row)))

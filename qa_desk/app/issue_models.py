"""The issue list's model, read by the issue panel through its filter (``issue_filter``)."""
from __future__ import annotations

from .i18n import localised_message, tr
from .indexes import build_issue_index, group_key, index_records, record_key, sort_records
from .models import (ALIGN, DISPLAY, FOREGROUND, RECORD_ROLE, SEVERITY_ORDER, SKIPPED_ROLES, SORT_ROLE, TOOLTIP,
                     issue_tooltip, severity_colour)
from .qt import QAbstractTableModel, QModelIndex, QPalette, Qt


class IssueModel(QAbstractTableModel):
    """The issue list: one row per IssueRecord of the session."""

    SEGMENT, SEVERITY, CHECK, TEXT, MESSAGE, STATUS = range(6)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session = None
        self.records: list = []
        self.row_of_segment: dict[str, int] = {}
        self.row_of_signature: dict[str, int] = {}
        self.group_rows: dict = {}
        self.index_data = index_records([], self.SEVERITY, False)
        self._labels: dict[tuple[str, str], str] = {}
        self._muted = QPalette().color(QPalette.Disabled, QPalette.Text)
        self.sort_column, self.sort_order = self.SEVERITY, Qt.AscendingOrder

    def set_session(self, session, order: dict | None = None, prepared=None) -> None:
        """``order``: segment id -> place in the document, when the grid's model has it already;
        ``prepared``: an :class:`~qa_desk.app.indexes.IssueIndex` a worker built for this session."""
        self.beginResetModel()
        self.session = session
        self._muted = QPalette().color(QPalette.Disabled, QPalette.Text)
        if session is None:
            self.row_of_segment = {}
        elif order is not None and len(order) == len(session.document.segments):
            self.row_of_segment = order
        else:
            self.row_of_segment = {s.id: n for n, s in enumerate(session.document.segments)}
        descending = self.sort_order == Qt.DescendingOrder
        if prepared is None or (prepared.column, prepared.descending) != (self.sort_column, descending):
            prepared = build_issue_index(session.issues if session is not None else [], self.row_of_segment,
                                         self.sort_column, descending)
        self._adopt(prepared)
        self.endResetModel()

    def _adopt(self, index) -> None:
        self.index_data = index
        self.records = index.records
        self.row_of_signature = index.row_of_signature
        self.group_rows = index.group_rows

    @property
    def open_by_check(self):
        return self.index_data.open_by_check

    @property
    def open_by_severity(self):
        return self.index_data.open_by_severity

    @property
    def open_count(self) -> int:
        return sum(self.index_data.open_by_severity.values())

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        """Sort the records themselves (the filter proxy keeps their order); selections follow."""
        if column < 0 or column >= self.columnCount():
            return
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = {id(r): n for n, r in enumerate(self.records)}
        descending = order == Qt.DescendingOrder
        self._adopt(index_records(sort_records(self.records, self.row_of_segment, column, descending),
                                  column, descending))
        old_rows = {before[id(r)]: n for n, r in enumerate(self.records)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(persistent, [self.index(old_rows[i.row()], i.column()) if i.row() in old_rows
                                                    else QModelIndex() for i in persistent])
        self.layoutChanged.emit()

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

    def apply_changes(self, changes, prepared=None) -> None:
        if self.session is None:
            return
        if getattr(changes, "issues_changed", False) or getattr(changes, "people_changed", False) \
                or len(self.session.issues) != len(self.records):
            self.set_session(self.session, self.row_of_segment, prepared)
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
        return record_key(self.records[row], col, self.row_of_segment.get)

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


from .issue_filter import IssueFilter  # noqa: E402,F401 - where the panel and the tests look for it

"""The issue list's filter: check, severity (that one or above), status, one line per group.

A proxy over a plain list of the model's rows, not a QSortFilterProxyModel: that one asks Python
``filterAcceptsRow`` once per row from C++ on every reset, half a second on 200,000 issues; here one
list comprehension picks the rows. It never sorts: the model orders its records (``IssueModel.sort``)
and the rows kept stay in that order, so a row maps back with a bisection.
"""
from __future__ import annotations

from bisect import bisect_left

from .indexes import SEVERITY_ORDER
from .qt import QAbstractTableModel, QModelIndex, Qt


class IssueFilter(QAbstractTableModel):
    """The rows of an IssueModel that pass the filter (empty string = any), in the model's order;
    ``grouped`` shows one line for each group of identical open issues."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.check = ""
        self.severity = ""
        self.status = "open"
        self.grouped = False
        self._source = None
        self.rows: list[int] = []  # source rows shown, ascending
        self._saved: list = []

    # -- the source --------------------------------------------------------------------------------
    def setSourceModel(self, model) -> None:
        self.beginResetModel()
        self._source = model
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.dataChanged.connect(self._source_data_changed)
        model.layoutAboutToBeChanged.connect(self._layout_begin)
        model.layoutChanged.connect(self._layout_end)
        self.rows = self._accepted()
        self.endResetModel()

    def sourceModel(self):
        return self._source

    def _source_reset(self) -> None:
        self.rows = self._accepted()
        self.endResetModel()

    def _source_data_changed(self, *_args) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))

    def _accepted(self) -> list[int]:
        source = self._source
        if source is None:
            return []
        records = source.records
        check, severity, status = self.check, self.severity, self.status
        if not (check or severity or status):
            rows = list(range(len(records)))
        else:
            rank, floor = SEVERITY_ORDER.get, SEVERITY_ORDER.get(severity, 0)
            rows = [n for n, r in enumerate(records)
                    if (not status or r.status == status) and (not check or r.issue.check == check)
                    and (not severity or rank(r.issue.severity, 0) >= floor)]
        if self.grouped:
            rows = [n for n in rows if source.group_leader(n)]
        return rows

    # -- a new filter, a new order: selections follow their records ----------------------------------
    def _layout_begin(self) -> None:
        self.layoutAboutToBeChanged.emit()
        records = self._source.records if self._source is not None else []
        self._saved = [(index, records[self.rows[index.row()]] if index.isValid() and index.row() < len(self.rows)
                        else None) for index in self.persistentIndexList()]

    def _layout_end(self) -> None:
        self.rows = self._accepted()
        where = self._source.row_of_signature if self._source is not None else {}
        old, new = [], []
        for index, record in self._saved:
            row = self._proxy_row(where.get(record.signature)) if record is not None else None
            old.append(index)
            new.append(self.index(row, index.column()) if row is not None else QModelIndex())
        self._saved = []
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def set_filter(self, *, check: str | None = None, severity: str | None = None,
                   status: str | None = None, grouped: bool | None = None) -> None:
        wanted = {"check": check, "severity": severity, "status": status, "grouped": grouped}
        if all(value is None or getattr(self, name) == value for name, value in wanted.items()):
            return  # the same filter again (after a reset the dock re-reads its combos): no second pass
        self._layout_begin()
        for name, value in wanted.items():
            if value is not None:
                setattr(self, name, value)
        self._layout_end()

    # -- mapping -------------------------------------------------------------------------------------
    def _proxy_row(self, source_row: int | None) -> int | None:
        if source_row is None:
            return None
        at = bisect_left(self.rows, source_row)
        return at if at < len(self.rows) and self.rows[at] == source_row else None

    def mapToSource(self, index):
        if not index.isValid() or self._source is None or index.row() >= len(self.rows):
            return QModelIndex()
        return self._source.index(self.rows[index.row()], index.column())

    def mapFromSource(self, index):
        row = self._proxy_row(index.row()) if index.isValid() else None
        return self.index(row, index.column()) if row is not None else QModelIndex()

    # -- the model -------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self._source is None else self._source.columnCount()

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        return self._source.headerData(section, orientation, role) if self._source is not None else None

    def data(self, index, role=Qt.DisplayRole):
        source = self.mapToSource(index)
        return self._source.data(source, role) if source.isValid() else None

    _FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable

    def flags(self, index):
        return self._FLAGS if index.isValid() else Qt.NoItemFlags

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        """The view's sort goes to the source model, which orders its records; this filter keeps them."""
        if self._source is not None:
            self._source.sort(column, order)

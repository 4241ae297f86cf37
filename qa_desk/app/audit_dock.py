"""The audit trail: who did what, when, read from the session (which saves every call)."""
from __future__ import annotations

import json

from .models import word_diff
from .qt import (QAbstractItemView, QAbstractTableModel, QDockWidget, QHeaderView,
                 QModelIndex, Qt, QTableView)
from .i18n import tr




FIRST = ("segment", "before", "after", "check", "reason", "scope", "person", "gender", "previous",
         "decisions", "paths", "path")  # what a reader looks for first
HIDDEN = {"signature", "check_seconds", "seconds", "edit", "index"}


def describe(detail) -> str:
    """A compact one-line view of an entry's detail: the change itself first, bookkeeping left out."""
    if not detail:
        return ""
    if not isinstance(detail, dict):
        return str(detail)
    parts = []
    if "before" in detail and "after" in detail:
        runs = word_diff(str(detail["before"]), str(detail["after"]))
        removed = "".join(t for op, t in runs if op == "delete").strip()
        added = "".join(t for op, t in runs if op == "insert").strip()
        parts.append(f"#{detail.get('segment', '?')}: −«{removed}» +«{added}»")
        skip = {"segment", "before", "after"}
    else:
        skip = set()
    keys = [k for k in FIRST if k in detail] + [k for k in detail if k not in FIRST]
    for key in keys:
        if key in skip or key in HIDDEN:
            continue
        value = detail[key]
        if isinstance(value, (list, dict)):
            value = json.dumps(value, ensure_ascii=False)
        parts.append(f"{key}: {value}")
    return "; ".join(parts)


class AuditModel(QAbstractTableModel):
    """Newest entry first."""

    COLUMNS = ("When", "Who", "Action", "Detail")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list = []

    def load(self, session) -> None:
        self.beginResetModel()
        try:
            self.entries = list(reversed(session.audit_trail())) if session is not None else []
        except NotImplementedError:
            self.entries = []
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (tr("When"), tr("Who"), tr("Action"), tr("Detail"))[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        entry = self.entries[index.row()]
        col = index.column()
        if col == 0:
            return str(getattr(entry, "time", "")).replace("T", " ")[:19]
        if col == 1:
            return getattr(entry, "user", "")
        if col == 2:
            return getattr(entry, "action", "")
        detail = getattr(entry, "detail", None)
        if role == Qt.ToolTipRole:
            return json.dumps(detail, ensure_ascii=False, indent=1) if detail else None
        return describe(detail)


class AuditDock(QDockWidget):
    """Dock listing the audit trail; reloads when the desk reports a change and the dock is shown."""

    def __init__(self, desk, parent=None):
        super().__init__(tr("Audit trail"), parent)
        self.setObjectName("auditDock")
        self.desk = desk
        self.model = AuditModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("auditView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        self.setWidget(self.view)
        self._stale = True
        desk.changed.connect(self._mark_stale)
        desk.sessionChanged.connect(self._mark_stale)
        self.visibilityChanged.connect(lambda visible: visible and self.refresh())

    def _mark_stale(self, *_args) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self._stale:
            self.model.load(self.desk.session)
            self._stale = False

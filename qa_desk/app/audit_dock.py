"""The audit trail: who did what, when, in plain words, read from the session (which saves every call)."""
from __future__ import annotations

import json

from ..reports.audit_text import describe_entry
from .i18n import current_language, tr
from .lazy_dock import LazyDock, ListModel
from .qt import QT_TRANSLATE_NOOP, QAbstractItemView, QHeaderView, Qt, QTableView


ACTION_WORDS = {  # action -> the word the Action column shows
    "open": QT_TRANSLATE_NOOP("", "Open"),
    "reopen": QT_TRANSLATE_NOOP("", "Reopen"),
    "set_target": QT_TRANSLATE_NOOP("", "Edit"),
    "apply_suggestion": QT_TRANSLATE_NOOP("", "Apply"),
    "ignore": QT_TRANSLATE_NOOP("", "Ignore"),
    "unignore": QT_TRANSLATE_NOOP("", "Unignore"),
    "decide": QT_TRANSLATE_NOOP("", "Decide"),
    "decide_all": QT_TRANSLATE_NOOP("", "Decide"),
    "decide_each": QT_TRANSLATE_NOOP("", "Decide"),
    "set_person_gender": QT_TRANSLATE_NOOP("", "Gender"),
    "recheck": QT_TRANSLATE_NOOP("", "Check"),
    "export": QT_TRANSLATE_NOOP("", "Export"),
    "export_report": QT_TRANSLATE_NOOP("", "Report"),
    "save_as": QT_TRANSLATE_NOOP("", "Save as"),
    "replace_all": QT_TRANSLATE_NOOP("", "Replace"),
    "fix_all": QT_TRANSLATE_NOOP("", "Fix all"),
    "apply_to_identical": QT_TRANSLATE_NOOP("", "Apply to all"),
    "propagate": QT_TRANSLATE_NOOP("", "Propagate"),
    "set_state": QT_TRANSLATE_NOOP("", "State"),
    "unreopen": QT_TRANSLATE_NOOP("", "Close again"),
    "import_ignores": QT_TRANSLATE_NOOP("", "Ignores kept"),
}
UNDO_WORD = QT_TRANSLATE_NOOP("", "Undo")


class AuditModel(ListModel):
    """Newest entry first."""

    HEADERS = (QT_TRANSLATE_NOOP("", "When"), QT_TRANSLATE_NOOP("", "Who"), QT_TRANSLATE_NOOP("", "Action"),
               QT_TRANSLATE_NOOP("", "Detail"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.number_of: dict = {}

    @property
    def entries(self) -> list:
        return self.items

    def load(self, session, number_of: dict | None = None) -> None:
        self.beginResetModel()
        self.number_of = number_of or {}
        try:
            self.items = list(reversed(session.audit_trail())) if session is not None else []
        except NotImplementedError:
            self.items = []
        self.endResetModel()

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        entry = self.entries[index.row()]
        col = index.column()
        if col == 0:
            return str(getattr(entry, "time", "")).replace("T", " ")[:19]
        if col == 1:
            return getattr(entry, "user", "")
        action = getattr(entry, "action", "")
        if col == 2:
            word = ACTION_WORDS.get(action) or (UNDO_WORD if action.startswith("undo") else action)
            return tr(word)
        detail = getattr(entry, "detail", None)
        if role == Qt.ToolTipRole:
            return json.dumps(detail, ensure_ascii=False, indent=1) if detail else None
        return describe_entry(entry, self.number_of, current_language())


class AuditDock(LazyDock):
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
        self.watch(desk)

    def reload(self) -> None:
        self.model.load(self.desk.session, self.desk.segment_model.number_of)

"""The pending-changes panel: every change waiting for an editor's decision, in document order.

One row per segment with pending edits (what a tracked change shows: the words taken out and put
in, the check, who); Accept and Reject decide the selected row and move to the next one, as
Review > Accept change does; a double click shows the segment.
"""
from __future__ import annotations

from ..textdiff import changed_words
from .i18n import number, tr
from .lazy_dock import LazyDock, ListModel
from .qt import (QT_TRANSLATE_NOOP, QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, Qt,
                 QTableView, QVBoxLayout, QWidget, Signal)


class ChangesModel(ListModel):
    """Rows: (segment id, its pending edits), in document order."""

    HEADERS = (QT_TRANSLATE_NOOP("", "#"), QT_TRANSLATE_NOOP("", "Change"), QT_TRANSLATE_NOOP("", "Check"),
               QT_TRANSLATE_NOOP("", "By"))

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk

    @property
    def rows(self) -> list:
        return self.items

    def load(self) -> None:
        self.beginResetModel()
        session = self.desk.session
        pending: dict[str, list] = {}
        for edit in (session.edits if session is not None else []):
            if edit.decision == "pending":
                pending.setdefault(edit.segment, []).append(edit)
        number_of = self.desk.segment_model.number_of
        self.items = sorted(pending.items(), key=lambda item: number_of.get(item[0], 0))
        self.endResetModel()

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        seg_id, edits = self.rows[index.row()]
        col = index.column()
        if col == 0:
            return number(self.desk.segment_model.number(seg_id))
        if col == 1:
            first, last = min(edits, key=lambda e: e.id), max(edits, key=lambda e: e.id)
            if role == Qt.ToolTipRole:
                return f"{first.before}\n→ {last.after}"
            removed, added = changed_words(first.before, last.after)
            return f"−{removed} +{added}" if removed or added else tr("(spaces only)")
        if col == 2:
            return ", ".join(sorted({tr("hand edit") if e.check == "manual" else e.check for e in edits}))
        return ", ".join(sorted({e.user for e in edits}))


class ChangesDock(LazyDock):
    """Dock listing the pending changes, with Accept / Reject for the selected one."""

    segmentActivated = Signal(str)
    decideRequested = Signal(str, str)  # segment id, "accepted" / "rejected"

    def __init__(self, desk, parent=None):
        super().__init__(tr("Pending changes"), parent)
        self.setObjectName("changesDock")
        self.desk = desk
        self.model = ChangesModel(desk, self)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(body)
        self.summary.setObjectName("changesSummary")
        layout.addWidget(self.summary)
        self.view = QTableView(body)
        self.view.setObjectName("changesView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeToContents)
        self.view.doubleClicked.connect(lambda index: self.segmentActivated.emit(self.model.rows[index.row()][0]))
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(tr("&Accept"), body)
        self.reject_button = QPushButton(tr("&Reject"), body)
        for button, decision in ((self.accept_button, "accepted"), (self.reject_button, "rejected")):
            button.setFocusPolicy(Qt.TabFocus)
            button.clicked.connect(lambda _=False, d=decision: self._decide(d))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.watch(desk)

    def reload(self) -> None:
        current = self.current_segment()
        self.model.load()
        self.summary.setText(tr("%n pending change(s)", "", len(self.model.rows)))
        self.select_segment(current)

    def current_segment(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()][0] if index.isValid() and index.row() < len(self.model.rows) else None

    def select_segment(self, seg_id: str | None) -> None:
        for row, (candidate, _) in enumerate(self.model.rows):
            if candidate == seg_id:
                self.view.selectRow(row)
                return

    def _decide(self, decision: str) -> None:
        seg_id = self.current_segment()
        if seg_id is not None:
            self.decideRequested.emit(seg_id, decision)

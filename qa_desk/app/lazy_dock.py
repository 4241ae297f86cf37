"""What the list docks share: a table model over a list of rows, and a dock that reloads it only
when it is shown (a hidden dock costs nothing per edit)."""
from __future__ import annotations

from .i18n import tr
from .qt import QAbstractTableModel, QDockWidget, QModelIndex, Qt


class ListModel(QAbstractTableModel):
    """Rows are ``self.items``; columns are ``HEADERS`` (translated when shown)."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list = []

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return tr(self.HEADERS[section])
        return None


class LazyDock(QDockWidget):
    """Reloads (``reload``) when the desk reports a change and the dock is visible, or once shown."""

    def watch(self, desk) -> None:
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
            self._stale = False
            self.reload()

    def reload(self) -> None:
        raise NotImplementedError

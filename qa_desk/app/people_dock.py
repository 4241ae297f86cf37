"""The cast: every person the checks follow, their gender and the evidence for it.

Setting a gender (combo in the row, or the context menu) overrides what the
source says; the desk turns it into an undoable command and the session
re-runs the checks.
"""
from __future__ import annotations

from html import escape

from .qt import (QAbstractTableModel, QComboBox, QDockWidget, QFont, QHeaderView,
                 QMenu, QModelIndex, QStyledItemDelegate, Qt, QTableView, Signal)
from .i18n import localised_evidence, tr

GENDERS = ("female", "male", "unknown")




def gender_label(gender: str | None) -> str:
    return {"female": tr("female"), "male": tr("male"), "unknown": tr("unknown"),
            None: tr("automatic"), "": tr("automatic")}.get(gender, gender or "")


class PeopleModel(QAbstractTableModel):
    """Rows = session.people(); the gender column is editable."""

    NAME, GENDER, EVIDENCE = range(3)
    genderEdited = Signal(str, str)  # person key, gender ("" = back to automatic)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session = None
        self.people: list = []
        self.overrides: dict[str, str] = {}

    def set_session(self, session) -> None:
        self.beginResetModel()
        self.session = session
        try:
            self.people = list(session.people()) if session is not None else []
            self.overrides = dict(session.person_overrides()) if session is not None else {}
        except NotImplementedError:
            self.people, self.overrides = [], {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (tr("Person"), tr("Gender"), tr("Evidence"))[section]
        return None

    def flags(self, index):
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if index.column() == self.GENDER:
            flags |= Qt.ItemIsEditable
        return flags

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        person = self.people[index.row()]
        col = index.column()
        overridden = person.key in self.overrides
        if role == Qt.UserRole:
            return person
        if role == Qt.DisplayRole:
            if col == self.NAME:
                return person.name
            if col == self.GENDER:
                label = gender_label(person.gender)
                return label + (" ✎" if overridden else "")
            quotes = []
            for ev in person.evidence:
                if ev.text not in quotes:
                    quotes.append(ev.text)
            return ", ".join(quotes[:6]) + (" …" if len(quotes) > 6 else "")
        if role == Qt.EditRole and col == self.GENDER:
            return self.overrides.get(person.key, "")
        if role == Qt.FontRole and col == self.GENDER and overridden:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ToolTipRole:
            lines = [escape(localised_evidence(ev)) + (f" → {escape(gender_label(ev.gender))}" if ev.gender else "")
                     for ev in person.evidence[:12]]
            if overridden:
                lines.insert(0, "<b>" + escape(tr("Gender set by a reviewer")) + "</b>")
            return "<qt>" + "<br>".join(lines) + "</qt>" if lines else None
        return None

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.EditRole or index.column() != self.GENDER:
            return False
        person = self.people[index.row()]
        value = value or ""
        if value != self.overrides.get(person.key, ""):
            self.genderEdited.emit(person.key, value)
        return True


class GenderDelegate(QStyledItemDelegate):
    """A combo box: automatic (what the source says), female, male, unknown."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.addItem(gender_label(None), "")
        for gender in GENDERS:
            combo.addItem(gender_label(gender), gender)
        combo.activated.connect(lambda _=0, c=combo: self._commit(c))
        return combo

    def _commit(self, combo) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.model().data(index, Qt.EditRole) or "")))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.EditRole)


class PeopleDock(QDockWidget):
    """Dock with the cast table and a context menu to set a gender."""

    def __init__(self, desk, parent=None):
        super().__init__(tr("People"), parent)
        self.setObjectName("peopleDock")
        self.desk = desk
        self.view = QTableView(self)
        self.view.setObjectName("peopleView")
        self.view.setModel(desk.people_model)
        self.view.setItemDelegateForColumn(PeopleModel.GENDER, GenderDelegate(self.view))
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.setEditTriggers(QTableView.DoubleClicked | QTableView.EditKeyPressed | QTableView.SelectedClicked)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(PeopleModel.NAME, QHeaderView.ResizeToContents)
        self.view.setContextMenuPolicy(Qt.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.setWordWrap(False)
        self.setWidget(self.view)

    def _menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        person = self.desk.people_model.people[index.row()]
        menu = QMenu(self)
        current = self.desk.people_model.overrides.get(person.key, "")
        for gender in ("",) + GENDERS:
            action = menu.addAction(tr("Set gender: %1").replace("%1", gender_label(gender)))
            action.setCheckable(True)
            action.setChecked(gender == current)
            action.triggered.connect(lambda _=False, g=gender, k=person.key: self.desk.set_gender(k, g))
        menu.exec(self.view.viewport().mapToGlobal(pos))

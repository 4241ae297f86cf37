"""Find and replace across the targets: regular expression, match case, whole word, a preview,
and Replace all as one undo step (Edit > Find and replace, Ctrl+H).

The preview lists every match as the session will change it (the same list Replace all writes),
so what is shown is what happens; Find next walks the matches in the grid.
"""
from __future__ import annotations

from html import escape

from ..review.search import Search, find_occurrences
from .i18n import number, tr
from .qt import (QAbstractItemView, QCheckBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                 QPushButton, Qt, QTableWidget, QTableWidgetItem, QVBoxLayout)

PREVIEW_ROWS = 500  # rows the preview lists (the count says how many there are)
CONTEXT = 30  # characters of context each side of a match in the preview


class FindReplaceDialog(QDialog):
    """Non-modal: the grid stays usable while the dialog is open."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("findReplaceDialog")
        self.window_ = window
        self.desk = window.desk
        self.setWindowTitle(tr("Find and replace"))
        self.setModal(False)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("findText")
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setObjectName("replaceText")
        find_label, replace_label = QLabel(tr("&Find:"), self), QLabel(tr("Replace &with:"), self)
        find_label.setBuddy(self.find_edit)
        replace_label.setBuddy(self.replace_edit)
        form.addRow(find_label, self.find_edit)
        form.addRow(replace_label, self.replace_edit)
        layout.addLayout(form)
        options = QHBoxLayout()
        self.regex_box = QCheckBox(tr("Regular e&xpression"), self)
        self.case_box = QCheckBox(tr("Match &case"), self)
        self.word_box = QCheckBox(tr("Whole w&ord"), self)
        self.shown_box = QCheckBox(tr("Only the segments &shown"), self)
        self.shown_box.setToolTip(tr("Limit to the segments the grid's filter shows"))
        for box in (self.regex_box, self.case_box, self.word_box, self.shown_box):
            options.addWidget(box)
            box.toggled.connect(self.preview)
        options.addStretch(1)
        layout.addLayout(options)
        self.summary = QLabel(self)
        self.summary.setObjectName("findSummary")
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("findPreview")
        self.table.setHorizontalHeaderLabels([tr("#"), tr("Now"), tr("After")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        for col in (1, 2):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.Stretch)
        self.table.cellDoubleClicked.connect(lambda row, _col: self._show_row(row))
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.next_button = QPushButton(tr("Find &next"), self)
        self.next_button.clicked.connect(self.find_next)
        self.all_button = QPushButton(tr("Replace &all"), self)
        self.all_button.setObjectName("replaceAll")
        self.all_button.clicked.connect(self.replace_all)
        close = QPushButton(tr("Close"), self)
        close.clicked.connect(self.close)
        for button in (self.next_button, self.all_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.find_edit.textChanged.connect(self.preview)
        self.replace_edit.textChanged.connect(self.preview)
        self.places: list = []
        self._next = 0
        self.resize(720, 460)

    def search(self) -> Search:
        return Search(self.find_edit.text(), self.regex_box.isChecked(), self.case_box.isChecked(),
                      self.word_box.isChecked(), "target")

    def _scope(self):
        if not self.shown_box.isChecked():
            return None
        return [seg.id for seg in self.desk.segment_model.segments]

    def preview(self) -> list:
        """List the matches and what each becomes; returns them (empty on no pattern or no match)."""
        self.table.setRowCount(0)
        self.places, self._next = [], 0
        session = self.desk.session
        if session is None or not self.find_edit.text():
            self.summary.setText("")
            self.all_button.setEnabled(False)
            return []
        try:
            places = find_occurrences(session.document, self.search(), self.replace_edit.text(), self._scope())
        except ValueError as exc:
            self.summary.setText(f"<span style='color:#c62828'>{escape(str(exc))}</span>")
            self.all_button.setEnabled(False)
            return []
        self.places = places
        segments = len({p.segment for p in places})
        self.summary.setText(tr("%n match(es)", "", len(places)) + " · "
                             + tr("%n segment(s)", "", segments))
        self.all_button.setEnabled(bool(places))
        self.table.setRowCount(min(len(places), PREVIEW_ROWS))
        for row, place in enumerate(places[:PREVIEW_ROWS]):
            text = session.document.segment(place.segment).target_text
            before = text[max(0, place.start - CONTEXT):place.start]
            after = text[place.end:place.end + CONTEXT]
            number_item = QTableWidgetItem(number(self.desk.segment_model.number(place.segment)))
            number_item.setData(Qt.UserRole, row)
            self.table.setItem(row, 0, number_item)
            self.table.setItem(row, 1, QTableWidgetItem(f"…{before}[{place.text}]{after}…"))
            self.table.setItem(row, 2, QTableWidgetItem(f"…{before}[{place.replacement}]{after}…"))
        return places

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.places):
            self.window_.show_segment(self.places[row].segment, column=2)

    def find_next(self) -> bool:
        if not self.places and not self.preview():
            return False
        row = self._next % len(self.places)
        self._next = row + 1
        self.table.selectRow(min(row, self.table.rowCount() - 1))
        self._show_row(row)
        return True

    def replace_all(self) -> bool:
        """Every match replaced in one undo step (the preview is refreshed after)."""
        if self.desk.session is None or not self.find_edit.text():
            return False
        try:
            search = self.search()
            search.compiled  # noqa: B018 - a bad pattern says so here
        except ValueError as exc:
            self.desk.report_error(exc)
            return False
        done = self.desk.replace_all(search, self.replace_edit.text(), self._scope())
        self.preview()
        return done

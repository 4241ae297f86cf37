"""The bar above the grid: which segments to show (open issues, a check, a severity or above,
pending changes, edited, a text in the source or the target), with the count per check.

It builds a :class:`~qa_desk.review.filtering.SegmentFilter` and hands it to the grid's model;
the text field waits for a pause in typing, so a search over 100,000 segments runs once.
"""
from __future__ import annotations

from ..review.filtering import SegmentFilter
from ..review.search import Search
from .i18n import number, tr
from .qt import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QTimer, QWidget, Signal

SHOW = (("all", "All segments"), ("issues", "With open issues"), ("pending", "With pending changes"),
        ("edited", "Edited"))
SEVERITY_FLOORS = (("", "Any severity"), ("critical", "critical"), ("major", "major or above"),
                   ("minor", "minor or above"), ("info", "info or above"))
SIDES = (("both", "in source and target"), ("source", "in source"), ("target", "in target"))


class FilterBar(QWidget):
    """Filters that drive the grid."""

    failed = Signal(str)  # a search pattern that is no pattern

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.desk = desk
        self.model = desk.segment_model
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.show_combo = self._combo("showFilter", [(key, tr(text)) for key, text in SHOW])
        self.check_combo = self._combo("gridCheckFilter", [("", tr("Any check"))])
        self.severity_combo = self._combo("gridSeverityFilter", [(key, tr(text)) for key, text in SEVERITY_FLOORS])
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("gridSearch")
        self.search_edit.setPlaceholderText(tr("Search…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(160)
        self.side_combo = self._combo("gridSearchSide", [(key, tr(text)) for key, text in SIDES])
        self.clear_button = QToolButton(self)
        self.clear_button.setText(tr("Show all"))
        self.clear_button.setObjectName("clearFilter")
        self.clear_button.clicked.connect(self.clear)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("gridCount")
        for widget in (QLabel(tr("Show:"), self), self.show_combo, self.check_combo, self.severity_combo,
                       self.search_edit, self.side_combo, self.clear_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.count_label)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self.apply)
        self.search_edit.textChanged.connect(lambda _text: self._typing.start())
        self.search_edit.returnPressed.connect(self.apply)
        self.model.modelReset.connect(self._update_count)
        desk.sessionChanged.connect(self.refresh_checks)
        desk.changed.connect(lambda _changes: self.refresh_checks())

    def _combo(self, name: str, items) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for data, label in items:
            combo.addItem(label, data)
        combo.currentIndexChanged.connect(lambda _index: self.apply())
        return combo

    def refresh_checks(self) -> None:
        """The check list with the open issues of each: "consistency (107)"."""
        counts = self.desk.issue_model.open_by_check  # the issue list's count (built with its index)
        current = self.check_combo.currentData() or ""
        self.check_combo.blockSignals(True)
        self.check_combo.clear()
        self.check_combo.addItem(tr("Any check"), "")
        for check in sorted(set(counts) | ({current} if current else set())):
            count = "…" if self.desk.issues_updating else number(counts.get(check, 0))  # a re-check runs
            self.check_combo.addItem(f"{check} ({count})", check)
        self.check_combo.setCurrentIndex(max(0, self.check_combo.findData(current)))
        self.check_combo.blockSignals(False)
        self._update_count()

    def spec(self) -> SegmentFilter:
        text = self.search_edit.text()
        search = Search(text, side=self.side_combo.currentData() or "both") if text else None
        return SegmentFilter(self.show_combo.currentData() or "all", self.check_combo.currentData() or "",
                             self.severity_combo.currentData() or "", search)

    def apply(self) -> bool:
        """Hand the filter to the grid; False (and a message) when the search is no pattern."""
        try:
            self.model.set_filter(self.spec())
        except ValueError as exc:
            self.failed.emit(str(exc))
            return False
        return True

    def set_filter(self, *, show: str | None = None, check: str | None = None, severity: str | None = None,
                   search: str | None = None, side: str | None = None) -> bool:
        """Set several filters at once (one grid update): what the menus and the tests call."""
        for combo, value in ((self.show_combo, show), (self.check_combo, check),
                             (self.severity_combo, severity), (self.side_combo, side)):
            if value is not None:
                combo.blockSignals(True)
                index = combo.findData(value)
                if index < 0 and combo is self.check_combo:
                    combo.addItem(value, value)
                    index = combo.count() - 1
                combo.setCurrentIndex(max(0, index))
                combo.blockSignals(False)
        if search is not None:
            self.search_edit.blockSignals(True)
            self.search_edit.setText(search)
            self.search_edit.blockSignals(False)
        return self.apply()

    def clear(self) -> None:
        self.set_filter(show="all", check="", severity="", search="")

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), len(self.model.all_segments)
        if shown == total:
            self.count_label.setText(tr("%n segment(s)", "", total))
        else:
            self.count_label.setText(tr("%1 of %n segment(s)", "", total).replace("%1", number(shown)))
        self.clear_button.setEnabled(not self.model.filter.is_empty)

"""The issue panel: filterable list, detail with evidence, suggestions to apply, ignore.

F8 / Shift+F8 walk the open issues in list order; picking one tells the window
(``issueSelected``) so the grid selects its row and paints its span.
"""
from __future__ import annotations

from html import escape

from .issue_models import IssueFilter, IssueModel
from .models import SEVERITY_COLOURS
from .qt import (QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QDialog,
                 QDialogButtonBox, QDockWidget, QHBoxLayout, QHeaderView, QItemSelectionModel,
                 QLabel, QListWidget, QPushButton, QRadioButton, QSplitter, Qt, QTableView, QTimer,
                 QVBoxLayout, QWidget, Signal)
from .i18n import localised_evidence, localised_message, number, tr

SEVERITIES = ("critical", "major", "minor", "info")
STATUSES = ("open", "fixed", "ignored")




class IgnoreDialog(QDialog):
    """Ask why an issue is a false positive and how far the decision reaches."""

    REASONS = ("False positive", "Correct in context", "House style allows it", "Quotation left as is")

    def __init__(self, record, has_project: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Ignore issue"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("<b>%1</b>: %2").replace("%1", escape(record.issue.check))
                                .replace("%2", escape(localised_message(record.issue)))))
        label = QLabel(tr("&Reason:"))
        layout.addWidget(label)
        self.reason = QComboBox(self)
        self.reason.setEditable(True)
        self.reason.addItems([tr(r) for r in self.REASONS])
        label.setBuddy(self.reason)
        layout.addWidget(self.reason)
        self.scope_document = QRadioButton(tr("In this &document"))
        self.scope_project = QRadioButton(tr("In every document of the &project"))
        self.scope_document.setChecked(True)
        self.scope_project.setEnabled(has_project)
        if not has_project:
            self.scope_project.setToolTip(tr("Save the review as a project first"))
        group = QButtonGroup(self)
        group.addButton(self.scope_document)
        group.addButton(self.scope_project)
        layout.addWidget(self.scope_document)
        layout.addWidget(self.scope_project)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str]:
        scope = "project" if self.scope_project.isChecked() else "document"
        return self.reason.currentText().strip() or tr("False positive"), scope


class IssuesDock(QDockWidget):
    """Dock: filters, counts, issue table, detail and suggestions."""

    issueSelected = Signal(object)  # IssueRecord or None
    evidenceActivated = Signal(str)  # segment id of an evidence link in the detail
    actionRequested = Signal(str, object, int)  # "apply" / "apply_all", record, suggestion index: the window acts

    def __init__(self, desk, parent=None):
        super().__init__(tr("Issues"), parent)
        self.setObjectName("issuesDock")
        self.desk = desk
        self.model: IssueModel = desk.issue_model
        self.proxy = IssueFilter(self)
        self.proxy.setSourceModel(self.model)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        filters = QHBoxLayout()
        self.check_combo = self._combo("checkFilter", [("", tr("All checks"))])
        self.severity_combo = self._combo("severityFilter", [("", tr("All severities"))]
                                          + [(s, tr("%1 or above").replace("%1", tr(s)) if s != "critical"
                                              else tr(s)) for s in SEVERITIES])
        self.status_combo = self._combo("statusFilter", [(s, tr(s)) for s in STATUSES] + [("", tr("Any status"))])
        for combo in (self.check_combo, self.severity_combo, self.status_combo):
            filters.addWidget(combo)
        self.group_box = QCheckBox(tr("&Group identical"), self)
        self.group_box.setObjectName("groupIdentical")
        self.group_box.setToolTip(tr("One line for each set of identical open issues, fixed all at once"))
        self.group_box.toggled.connect(self._filters_changed)
        filters.addWidget(self.group_box)
        layout.addLayout(filters)
        self.counts = QLabel(self)
        self.counts.setObjectName("issueCounts")
        layout.addWidget(self.counts)
        split = QSplitter(Qt.Vertical, self)
        self.view = QTableView(split)
        self.view.setObjectName("issueView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(IssueModel.SEVERITY, Qt.AscendingOrder)  # worst first, then document order
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        # fixed widths from the font: ResizeToContents would read every row on each reset
        metrics = self.fontMetrics()
        widths = {IssueModel.SEGMENT: metrics.horizontalAdvance("00000") + 16,
                  IssueModel.SEVERITY: metrics.horizontalAdvance(tr("critical")) + 24,
                  IssueModel.CHECK: metrics.horizontalAdvance("consistency") + 16,
                  IssueModel.TEXT: metrics.horizontalAdvance("M" * 7),
                  IssueModel.STATUS: metrics.horizontalAdvance(tr("ignored")) + 20}
        for col, width in widths.items():
            header.setSectionResizeMode(col, QHeaderView.Interactive)
            header.resizeSection(col, width)
        header.setSectionResizeMode(IssueModel.MESSAGE, QHeaderView.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        detail = QWidget(split)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail = QLabel(detail)
        self.detail.setObjectName("issueDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.LinksAccessibleByMouse
                                            | Qt.LinksAccessibleByKeyboard)
        self.detail.linkActivated.connect(self._link)
        self.detail.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        detail_layout.addWidget(self.detail)
        self.suggestions = QListWidget(detail)
        self.suggestions.setObjectName("suggestionList")
        self.suggestions.setMaximumHeight(self.fontMetrics().height() * 5)
        self.suggestions.itemActivated.connect(lambda _item: self.apply_current())
        detail_layout.addWidget(self.suggestions)
        buttons = QHBoxLayout()
        self.apply_button = QPushButton(tr("&Apply suggestion"), detail)
        self.apply_button.setToolTip(tr("Apply the chosen suggestion (Ctrl+Enter applies the first)"))
        self.apply_button.clicked.connect(self.apply_current)
        self.all_button = QPushButton(detail)
        self.all_button.setObjectName("applyAllButton")
        self.all_button.setToolTip(tr("Apply the chosen suggestion to every identical open issue, "
                                      "or fix a document-wide issue everywhere (one undo step)"))
        self.all_button.clicked.connect(self.apply_all_current)
        self.ignore_button = QPushButton(tr("I&gnore…"), detail)
        self.ignore_button.setToolTip(tr("Mark as a false positive"))
        self.reopen_button = QPushButton(tr("Re&open"), detail)
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.setToolTip(tr("The issue is not settled: open it again"))
        self.reopen_button.clicked.connect(self.reopen_current)
        for button in (self.apply_button, self.all_button, self.ignore_button, self.reopen_button):
            button.setFocusPolicy(Qt.TabFocus)  # a click leaves the focus where the work is
            buttons.addWidget(button)
        buttons.addStretch(1)
        detail_layout.addLayout(buttons)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split)
        self.setWidget(body)
        self.model.modelReset.connect(self._after_reset)
        self.model.dataChanged.connect(self._update_counts)
        self._keep_signature = ""
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self._after_reset()

    def _combo(self, name: str, items) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for data, label in items:
            combo.addItem(label, data)
        combo.currentIndexChanged.connect(self._filters_changed)
        return combo

    # -- filters and counts ---------------------------------------------------------------
    def _filters_changed(self) -> None:
        self.proxy.set_filter(check=self.check_combo.currentData() or "",
                              severity=self.severity_combo.currentData() or "",
                              status=self.status_combo.currentData() or "",
                              grouped=self.group_box.isChecked())
        self._update_counts()

    def set_filters(self, *, check: str | None = None, severity: str | None = None,
                    status: str | None = None) -> None:
        for combo, value in ((self.check_combo, check), (self.severity_combo, severity),
                             (self.status_combo, status)):
            if value is not None:
                combo.setCurrentIndex(max(0, combo.findData(value)))

    def _before_reset(self) -> None:
        record = self.current_record()
        self._keep_signature = record.issue.signature if record is not None else ""

    def _after_reset(self) -> None:
        checks = self.model.index_data.checks
        counts = self.model.open_by_check
        current = self.check_combo.currentData() or ""
        self.check_combo.blockSignals(True)
        self.check_combo.clear()
        self.check_combo.addItem(tr("All checks"), "")
        for check in checks:
            self.check_combo.addItem(f"{check} ({number(counts.get(check, 0))})", check)
        self.check_combo.setCurrentIndex(max(0, self.check_combo.findData(current)))
        self.check_combo.blockSignals(False)
        self._filters_changed()
        if self._keep_signature:
            self.select_signature(self._keep_signature, emit=False)
        self._show_detail(self.current_record())

    def _update_counts(self, *_args) -> None:
        records = self.model.records
        by_severity = self.model.open_by_severity  # counted with the model's index, not on every call
        parts = [f"<span style='color:{SEVERITY_COLOURS[s]}'>{number(by_severity[s])} {escape(tr(s))}</span>"
                 for s in SEVERITIES if by_severity[s]]
        shown = tr("%1 shown of %2").replace("%1", number(self.proxy.rowCount())).replace("%2", number(len(records)))
        summary = tr("%1 open").replace("%1", number(self.model.open_count))
        self.counts.setText(f"{escape(shown)} · {escape(summary)}" + (": " + ", ".join(parts) if parts else ""))

    # -- selection ----------------------------------------------------------------------
    def record_at(self, proxy_row: int):
        """The IssueRecord of a proxy row, read from the model directly (no QVariant round trip)."""
        source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
        return self.model.records[source.row()] if source.isValid() else None

    def current_record(self):
        index = self.view.currentIndex()
        return self.record_at(index.row()) if index.isValid() else None

    def _current_changed(self, current, _previous) -> None:
        record = self.record_at(current.row()) if current.isValid() else None
        self._show_detail(record)
        self.issueSelected.emit(record)

    def select_proxy_row(self, row: int, emit: bool = True) -> None:
        index = self.proxy.index(row, 0)
        if not emit:
            self.view.selectionModel().blockSignals(True)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        if not emit:
            self.view.selectionModel().blockSignals(False)
            self.view.viewport().update()
        self.view.scrollTo(index)
        QTimer.singleShot(0, self._scroll_to_current)  # again once pending layouts have run

    def _scroll_to_current(self) -> None:
        if self.view.currentIndex().isValid():
            self.view.scrollTo(self.view.currentIndex())

    def select_signature(self, signature: str, emit: bool = True) -> bool:
        row = self.model.row_of_signature.get(signature)
        if row is None:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():
            return False  # filtered out
        self.select_proxy_row(proxy_index.row(), emit)
        return True

    def next_issue(self, forward: bool = True, emit: bool = True) -> object:
        """Select the next (or previous) open issue in list order, wrapping round; F8 / Shift+F8."""
        record = self.open_after(self.view.currentIndex().row() if self.view.currentIndex().isValid() else None,
                                 forward)
        if record is not None:
            self.select_signature(record.signature, emit)
        return record

    def open_after(self, proxy_row: int | None, forward: bool = True, skip=()) -> object:
        """The first open issue after (before) a list row, wrapping round, leaving out ``skip``."""
        count = self.proxy.rowCount()
        if not count:
            return None
        current = proxy_row if proxy_row is not None else (-1 if forward else count)
        step = 1 if forward else -1
        for n in range(1, count + 1):
            record = self.record_at((current + step * n) % count)
            if record.status == "open" and record.signature not in skip:
                return record
        return None

    def _show_detail(self, record) -> None:
        self.suggestions.clear()
        if record is None:
            self.detail.setText(tr("<i>Select an issue to see why it was flagged.</i>"))
            self.apply_button.setEnabled(False)
            self.ignore_button.setEnabled(False)
            self.reopen_button.setEnabled(False)
            self.all_button.setVisible(False)
            return
        issue = record.issue
        colour = SEVERITY_COLOURS.get(issue.severity, "#888")
        lines = [f"<b style='color:{colour}'>{escape(tr(issue.severity))}</b> · <b>{escape(issue.check)}</b>"
                 + (f" · {escape(issue.category)}" if issue.category else ""),
                 escape(localised_message(issue))]
        if issue.person:
            lines.append(tr("Person: %1").replace("%1", escape(issue.person)))
        for ev in issue.evidence[:6]:
            text = escape(localised_evidence(ev))
            if ev.segment and ev.segment in self.model.row_of_segment:
                label = tr("segment %1").replace("%1", str(self.model.row_of_segment[ev.segment] + 1))
                text += f" — <a href='segment:{escape(ev.segment)}'>{escape(label)}</a>"
            lines.append("• " + text)
        if issue.is_document_level:
            places = sorted({self.model.row_of_segment.get(o.segment, -1) + 1 for o in issue.occurrences})
            shown = ", ".join(str(p) for p in places[:12]) + (" …" if len(places) > 12 else "")
            lines.append(tr("Throughout the document: %n place(s), in segments %1", "", len(issue.occurrences))
                         .replace("%1", shown))
        if record.status == "ignored":
            lines.append("<i>" + escape(tr("Ignored: %1").replace("%1", record.ignore_reason)) + "</i>")
        self.detail.setText("<br>".join(lines))
        self.suggestions.addItems(issue.suggestions)
        self.suggestions.setVisible(bool(issue.suggestions))
        if issue.suggestions:
            self.suggestions.setCurrentRow(0)
        is_open = record.status == "open"
        self.apply_button.setEnabled(bool(issue.suggestions) and is_open and not issue.is_document_level)
        self.ignore_button.setEnabled(is_open)
        self.reopen_button.setEnabled(not is_open)
        self._update_all_button(record)

    def _update_all_button(self, record) -> None:
        """"Fix all (N places)" for a document-level issue, "Apply to all N identical" for a group."""
        issue = record.issue
        if record.status == "open" and issue.is_document_level and issue.suggestions:
            self.all_button.setText(tr("&Fix all (%n place(s))", "", len(issue.occurrences)))
            self.all_button.setVisible(True)
            return
        size = 0
        if record.status == "open" and issue.suggestions and issue.side == "target":
            row = self.model.row_of_signature.get(record.signature)
            size = self.model.group_size(row) if row is not None else 0
        self.all_button.setText(tr("Apply to &all %n identical", "", size))
        self.all_button.setVisible(size > 1)

    def _link(self, href: str) -> None:
        if href.startswith("segment:"):
            self.evidenceActivated.emit(href[len("segment:"):])

    def apply_current(self) -> bool:
        record = self.current_record()
        if record is None:
            return False
        if record.issue.is_document_level:
            return self.apply_all_current()
        self.actionRequested.emit("apply", record, max(0, self.suggestions.currentRow()))
        return True

    def apply_all_current(self) -> bool:
        record = self.current_record()
        if record is None:
            return False
        self.actionRequested.emit("apply_all", record, max(0, self.suggestions.currentRow()))
        return True

    def reopen_current(self) -> bool:
        record = self.current_record()
        if record is None or record.status == "open":
            return False
        return self.desk.reopen(record.signature)

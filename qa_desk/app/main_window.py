"""The review desk's main window: grid in the middle, issues and people docked, menus, status bar.

It wires views to the Desk (session + undo stack); file dialogs and opening
live in ``files.py``, menus in ``menus.py``, so each module stays readable.
"""
from __future__ import annotations

from html import escape

from . import files, menus
from .audit_dock import AuditDock
from .changes_dock import ChangesDock
from .desk import Desk
from .filter_bar import FilterBar
from .grid import SegmentGrid
from .issues_dock import IgnoreDialog, IssuesDock
from .models import SegmentModel
from .people_dock import PeopleDock
from .split_dialog import SplitDialog
from .qt import (QLabel, QMainWindow, QMessageBox, QProgressBar, QPushButton, Qt,
                 QTimer, QVBoxLayout, QWidget, Signal)
from .i18n import tr
from .icons import app_icon


class MainWindow(QMainWindow):
    """One document under review at a time."""

    loaded = Signal(bool)  # True when a document finished loading with its checks, False on failure

    def __init__(self, prefs, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.prefs = prefs
        self.quiet = False  # tests and --screenshot: errors go to last_error, no message box
        self.last_error = ""
        self.answers: dict[str, str] = {}  # quiet mode: the answer each question gets (files.ask)
        self.asked: list[str] = []  # quiet mode: the questions asked, in order
        self.job = None
        self.find_dialog = None
        self._syncing = False
        self.desk = Desk(prefs, self)
        self.setWindowIcon(app_icon())
        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        self.filter_bar = FilterBar(self.desk, centre)
        self.grid = SegmentGrid(self.desk.segment_model, centre)
        centre_layout.addWidget(self.filter_bar)
        centre_layout.addWidget(self.grid, 1)
        self.setCentralWidget(centre)
        self.issues_dock = IssuesDock(self.desk, self)
        self.people_dock = PeopleDock(self.desk, self)
        self.audit_dock = AuditDock(self.desk, self)
        self.changes_dock = ChangesDock(self.desk, self)
        self.addDockWidget(Qt.RightDockWidgetArea, self.issues_dock)
        self.addDockWidget(Qt.RightDockWidgetArea, self.people_dock)
        self.addDockWidget(Qt.BottomDockWidgetArea, self.audit_dock)
        self.addDockWidget(Qt.BottomDockWidgetArea, self.changes_dock)
        self.audit_dock.hide()
        self.changes_dock.hide()
        self.resizeDocks([self.issues_dock], [520], Qt.Horizontal)
        self.resizeDocks([self.issues_dock, self.people_dock], [420, 200], Qt.Vertical)
        self._build_status_bar()
        self.actions = menus.build(self)
        self.setAcceptDrops(True)
        self.desk.error.connect(self.show_error)
        self.desk.notice.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.desk.checkingChanged.connect(self._checking_changed)
        self.desk.changed.connect(self._after_changes)
        self.desk.sessionChanged.connect(self._session_changed)
        self.desk.undo_stack.cleanChanged.connect(self._update_title)
        self.issues_dock.issueSelected.connect(self._issue_selected)
        self.issues_dock.evidenceActivated.connect(self.show_segment)
        self.issues_dock.ignore_button.clicked.connect(self.ignore_current)
        self.issues_dock.actionRequested.connect(self._issue_action)
        self.changes_dock.segmentActivated.connect(self.show_segment)
        self.changes_dock.decideRequested.connect(self._decide_from_panel)
        self.filter_bar.failed.connect(self.show_error)
        self.grid.issueClicked.connect(self._issue_clicked)
        self.grid.selectionModel().currentRowChanged.connect(self._grid_row_changed)
        self.desk.segment_model.modelReset.connect(self._rows_reset)
        self.set_editor_mode(prefs.role == "editor")
        self._update_title()
        files.restore_window(self)

    # -- status bar ------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_label = QLabel(tr("Open a bilingual file, or a source and a target text (Ctrl+O)."))
        self.status_label.setObjectName("statusLabel")
        bar.addWidget(self.status_label, 1)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("loadProgress")
        self.progress.setMaximumWidth(200)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_job)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self.role_label = QLabel(self)
        bar.addPermanentWidget(self.role_label)

    def set_busy(self, message: str | None) -> None:
        busy = message is not None
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.status_label.setText(message)
        self.desk.busy = busy and self.desk.session is not None
        self.desk.segment_model.read_only = self.desk.busy or self.desk.previewing

    def _checking_changed(self, on: bool) -> None:
        """A bulk change is re-checked on a worker: the bar says so, edits wait, the window stays live."""
        self.progress.setVisible(on)
        if on:
            count = self.desk.background_count
            self.status_label.setText(tr("Checking %n changed segment(s)…", "", count))
        else:
            self._update_status()

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status_label.setText(tr("Cancelling… the current step finishes first."))

    def show_error(self, message: str) -> None:
        """One line, no traceback; nothing already open is lost."""
        self.last_error = message
        self.statusBar().showMessage(message, 10000)
        if self.quiet:
            return
        box = QMessageBox(QMessageBox.Warning, tr("qa-desk"), message, QMessageBox.Ok, self)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()

    # -- session and views -------------------------------------------------------------------
    def _session_changed(self) -> None:
        self.grid.delegate.clear_cache()
        self._update_title()
        self._update_status()
        self.grid.fit_visible_rows()
        if hasattr(self, "documents_menu"):
            menus.fill_documents(self)

    def _after_changes(self, changes) -> None:
        self._update_status()
        self._update_title()
        record = self.issues_dock.current_record()
        self.desk.segment_model.set_selected_issue(
            self.desk.segment_model.find_record(record.issue.signature) if record is not None else None)

    def _update_title(self, *_args) -> None:
        """Document — project — qa-desk; a review not yet in a project shows [*] once it has edits."""
        session = self.desk.session
        parts = []
        if session is not None:
            doc = session.document
            parts.append(files.display_name(doc.path) + (" + " + files.display_name(doc.target_path)
                                                         if doc.target_path else ""))
            project = files.project_path_of(session)
            parts.append(files.display_name(project) if project else tr("not saved") + "[*]")
        self.setWindowTitle(" — ".join(parts + ["qa-desk"]))
        self.setWindowModified(session is not None and not files.project_path_of(session) and bool(session.edits))

    def _update_status(self) -> None:
        session = self.desk.session
        self.role_label.setText(tr("Editor") if self.desk.segment_model.editor_mode else tr("Translator"))
        if session is None or self.desk.busy:
            return
        open_count = self.desk.issue_model.open_count  # counted with the models' indexes
        pending = self.desk.segment_model.pending_count
        self.status_label.setText(" · ".join((tr("%n segment(s)", "", len(session.document.segments)),
                                              tr("%n open issue(s)", "", open_count),
                                              tr("%n pending change(s)", "", pending))))

    def _issue_selected(self, record) -> None:
        """Issue panel -> grid: select the row, paint the span and its evidence."""
        self.desk.segment_model.set_selected_issue(record)
        if record is None or self._syncing:
            return
        self._select_quietly(self._reveal(record.issue.segment))

    def _select_quietly(self, row: int | None, column: int = SegmentModel.TARGET) -> bool:
        """Select a grid row without the grid choosing an issue of its own."""
        if row is None:
            return False
        self._syncing = True
        try:
            self.grid.select_row(row, column)
        finally:
            self._syncing = False
        return True

    def _reveal(self, segment_id: str) -> int | None:
        """The grid row of a segment; a filter that hides it is cleared first (the reader asked for it)."""
        model = self.desk.segment_model
        row = model.row_of.get(segment_id)
        if row is None and segment_id in model.number_of:
            self.filter_bar.clear()
            row = model.row_of.get(segment_id)
        return row

    def show_segment(self, segment_id: str, column: int = SegmentModel.SOURCE) -> bool:
        """Jump to a segment (an evidence link, a change, a match) and keep the selected issue painted."""
        return self._select_quietly(self._reveal(segment_id), column)

    def _rows_reset(self) -> None:
        """A new filter: keep the current issue's row in view if it is still shown."""
        record = self.desk.segment_model.selected
        self._select_quietly(self.desk.segment_model.row_of.get(record.issue.segment) if record is not None else None)

    def _issue_clicked(self, record) -> None:
        """A click on a flagged span: that issue, not the segment's first one."""
        self._syncing = True
        try:
            if not self.issues_dock.select_signature(record.issue.signature, emit=False):
                self.issues_dock.view.clearSelection()
            self.issues_dock._show_detail(record)
            self.desk.segment_model.set_selected_issue(record)
        finally:
            self._syncing = False

    def _grid_row_changed(self, current, _previous) -> None:
        """Grid -> issue panel: show the row's first open issue, if any (no loop back)."""
        if self._syncing or not current.isValid():
            return
        seg = self.desk.segment_model.segments[current.row()]
        records = self.desk.segment_model.open_issues(seg.id)
        self._syncing = True
        try:
            if records and self.issues_dock.select_signature(records[0].issue.signature, emit=False):
                self.issues_dock._show_detail(records[0])
                self.desk.segment_model.set_selected_issue(records[0])
            else:
                self.desk.segment_model.set_selected_issue(None)
        finally:
            self._syncing = False

    # -- actions -----------------------------------------------------------------------------
    def current_record(self):
        selected = self.desk.segment_model.selected  # the issue painted in the grid (a click picks it)
        record = self.issues_dock.current_record()
        if selected is not None and (record is None or record.signature != selected.signature):
            row = self.grid.currentIndex().row()
            if row >= 0 and self.desk.segment_model.segments[row].id == selected.issue.segment:
                return selected
        if record is not None:
            return record
        row = self.grid.currentIndex().row()
        if row >= 0:
            records = self.desk.segment_model.open_issues(self.desk.segment_model.segments[row].id)
            return records[0] if records else None
        return None

    def next_issue(self, forward: bool = True):
        record = self.issues_dock.next_issue(forward)
        if record is None:
            self.statusBar().showMessage(tr("No open issue."), 3000)
        return record

    def _acting_on(self, record, action) -> bool:
        """Run ``action`` on an issue, then select the next open issue and keep the focus in the grid."""
        model, dock = self.issues_dock.model, self.issues_dock
        row = model.row_of_signature.get(record.signature)
        proxy_row = dock.proxy.mapFromSource(model.index(row, 0)).row() if row is not None else -1
        following = dock.open_after(proxy_row if proxy_row >= 0 else None, True, {record.signature})
        following_sig = following.signature if following is not None else None
        done = action()
        if done:
            nxt = self.desk.record(following_sig) if following_sig else None
            if nxt is not None and nxt.status == "open" and dock.select_signature(following_sig):
                pass
            elif dock.next_issue(True) is None:
                self.statusBar().showMessage(tr("No open issue left."), 4000)
            self.grid.setFocus(Qt.OtherFocusReason)
        return done

    def apply_first_suggestion(self) -> bool:
        record = self.current_record()
        if record is None or not record.issue.suggestions:
            self.statusBar().showMessage(tr("No suggestion to apply here."), 3000)
            return False
        if record.issue.is_document_level:
            return self._acting_on(record, lambda: self.desk.fix_all(record.issue.signature))
        return self._acting_on(record, lambda: self.desk.apply_suggestion(record.issue.signature, 0))

    def _issue_action(self, kind: str, record, index: int) -> None:
        if kind == "apply":
            self._acting_on(record, lambda: self.desk.apply_suggestion(record.issue.signature, index))
        else:
            self.apply_to_all(record, index)

    def apply_to_all(self, record=None, index: int = 0) -> bool:
        """Fix all of a document-level issue, or apply a suggestion to every identical open issue."""
        record = record or self.current_record()
        if record is None or not record.issue.suggestions:
            self.statusBar().showMessage(tr("No suggestion to apply here."), 3000)
            return False
        if record.issue.is_document_level:
            return self._acting_on(record, lambda: self.desk.fix_all(record.issue.signature))
        return self._acting_on(record, lambda: self.desk.apply_to_identical(record.issue.signature, index))

    def ignore_current(self) -> bool:
        record = self.current_record()
        if record is None:
            return False
        has_project = getattr(self.desk.session, "project", None) is not None
        dialog = IgnoreDialog(record, has_project, self)
        if dialog.exec() != IgnoreDialog.Accepted:
            return False
        reason, scope = dialog.values()
        return self.ignore_issue(record, reason, scope)

    def ignore_issue(self, record, reason: str, scope: str = "document") -> bool:
        """What the Ignore dialog does once answered (tests call this without the dialog)."""
        return self._acting_on(record, lambda: self.desk.ignore(record.issue.signature, reason, scope))

    def reopen_current(self) -> bool:
        record = self.issues_dock.current_record() or self.current_record()
        if record is None or record.status == "open":
            self.statusBar().showMessage(tr("Select an ignored or fixed issue to reopen it."), 3000)
            return False
        return self.desk.reopen(record.issue.signature)

    def propagate_current(self) -> bool:
        seg_id = self.current_segment_id()
        return seg_id is not None and self.desk.propagate(seg_id)

    def set_state_current(self, state: str) -> bool:
        """Give the current segment a state; signing off moves to the next segment."""
        seg_id = self.current_segment_id()
        if seg_id is None or not self.desk.set_state([seg_id], state):
            return False
        row = self.grid.currentIndex().row()
        if state == "final" and row + 1 < self.desk.segment_model.rowCount():
            self.grid.select_row(row + 1)
        return True

    def show_find_replace(self):
        from .find_replace import FindReplaceDialog
        if self.find_dialog is None:
            self.find_dialog = FindReplaceDialog(self)
        self.find_dialog.show()
        self.find_dialog.raise_()
        self.find_dialog.find_edit.setFocus()
        self.find_dialog.find_edit.selectAll()
        return self.find_dialog

    def edit_target(self) -> bool:
        return self.grid.edit_target()

    def current_segment_id(self) -> str | None:
        row = self.grid.currentIndex().row()
        return self.desk.segment_model.segments[row].id if row >= 0 else None

    def merge_current(self) -> bool:
        seg_id = self.current_segment_id()
        return seg_id is not None and self._realigned(lambda: self.desk.merge_segments(seg_id))

    def split_current(self, positions: tuple[int, int] | None = None) -> bool:
        """Split the current segment where the dialog's cursors are (or at ``positions``, for tests)."""
        seg_id = self.current_segment_id()
        if seg_id is None:
            return False
        if positions is None:
            seg = self.desk.session.document.segment(seg_id)
            dialog = SplitDialog(seg.source.text, seg.target_text, self)
            if not dialog.exec():
                return False
            positions = dialog.positions()
        return self._realigned(lambda: self.desk.split_segment(seg_id, *positions))

    def relink_current(self, side: str, direction: int) -> bool:
        seg_id = self.current_segment_id()
        return seg_id is not None and self._realigned(lambda: self.desk.relink_segment(seg_id, side, direction))

    def _realigned(self, action) -> bool:
        """Run a merge, split or re-link and keep the cursor on the same row (the grid was reset)."""
        row = self.grid.currentIndex().row()
        done = action()
        rows = self.desk.segment_model.rowCount()
        if rows:
            self.grid.select_row(min(max(row, 0), rows - 1))
        return done

    def decide_current(self, decision: str) -> bool:
        """Accept or reject the current segment's change, then go to the next pending change."""
        seg_id = self.current_segment_id()
        if seg_id is None or not self.desk.decide_segment(seg_id, decision):
            self.statusBar().showMessage(tr("No tracked change in this segment."), 3000)
            return False
        self.next_change(True, quiet=True)
        self.grid.setFocus(Qt.OtherFocusReason)
        return True

    def _decide_from_panel(self, seg_id: str, decision: str) -> None:
        if self.show_segment(seg_id, SegmentModel.TARGET):
            self.decide_current(decision)
            self.changes_dock.select_segment(self.current_segment_id())

    def next_change(self, forward: bool = True, quiet: bool = False) -> bool:
        """Select the next (previous) segment with a pending change, in document order, wrapping round."""
        model = self.desk.segment_model
        pending = model.pending_by_segment
        count = model.rowCount()
        if not pending or not count:
            if not quiet:
                self.statusBar().showMessage(tr("No pending change."), 3000)
            return False
        row = self.grid.currentIndex().row()
        step = 1 if forward else -1
        for n in range(1, count + 1):
            candidate = (row + step * n) % count
            if model.segments[candidate].id in pending:
                self.grid.select_row(candidate)
                self.changes_dock.select_segment(model.segments[candidate].id)
                return True
        hidden = next((s for s in pending if s not in model.row_of), None)  # filtered out: show it
        return hidden is not None and self.show_segment(hidden, SegmentModel.TARGET)

    def set_editor_mode(self, on: bool) -> None:
        self.desk.segment_model.set_editor_mode(on)
        if on:
            self.changes_dock.show()
        if hasattr(self, "actions"):
            for name in ("editor_mode",):
                self.actions[name].setChecked(on)
            for name in ("accept_change", "reject_change"):
                self.actions[name].setEnabled(on)
            self.actions["accept_all_menu"].setEnabled(on)
            self.actions["reject_all_menu"].setEnabled(on)
        self.grid.delegate.clear_cache()
        self.grid._invalidate()
        self._update_status()

    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td><b>{escape(key)}</b></td><td>{escape(text)}</td></tr>"
                       for key, text in menus.shortcut_list(self))
        box = QMessageBox(QMessageBox.NoIcon, tr("Keyboard shortcuts"), f"<table cellpadding=3>{rows}</table>",
                          QMessageBox.Ok, self)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open() if self.quiet else box.exec()

    def show_about(self) -> None:
        from .. import __version__
        QMessageBox.about(self, tr("About qa-desk"),
                          tr("<b>qa-desk %1</b><br>Translation quality assurance for English → French news.")
                          .replace("%1", escape(__version__)))

    # -- drag and drop, closing -----------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and files.dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = files.dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: files.open_paths(self, paths))

    def closeEvent(self, event) -> None:
        if not files.ask_save_in_memory(self):
            event.ignore()
            return
        files.save_window(self)
        if self.job is not None:
            self.job.cancel()
        self.desk.set_session(None)
        super().closeEvent(event)


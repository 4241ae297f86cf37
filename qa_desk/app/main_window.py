"""The review desk's main window: grid in the middle, issues and people docked, menus, status bar.

It wires views to the Desk (session + undo stack); file dialogs and opening
live in ``files.py``, menus in ``menus.py``, so each module stays readable.
"""
from __future__ import annotations

from html import escape

from . import files, menus
from .audit_dock import AuditDock
from .desk import Desk
from .grid import SegmentGrid
from .issues_dock import IgnoreDialog, IssuesDock
from .models import SegmentModel
from .people_dock import PeopleDock
from .split_dialog import SplitDialog
from .qt import (QLabel, QMainWindow, QMessageBox, QProgressBar, QPushButton, Qt,
                 QTimer, Signal)
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
        self.job = None
        self._syncing = False
        self.desk = Desk(prefs, self)
        self.setWindowIcon(app_icon())
        self.grid = SegmentGrid(self.desk.segment_model, self)
        self.setCentralWidget(self.grid)
        self.issues_dock = IssuesDock(self.desk, self)
        self.people_dock = PeopleDock(self.desk, self)
        self.audit_dock = AuditDock(self.desk, self)
        self.addDockWidget(Qt.RightDockWidgetArea, self.issues_dock)
        self.addDockWidget(Qt.RightDockWidgetArea, self.people_dock)
        self.addDockWidget(Qt.BottomDockWidgetArea, self.audit_dock)
        self.audit_dock.hide()
        self.resizeDocks([self.issues_dock], [520], Qt.Horizontal)
        self.resizeDocks([self.issues_dock, self.people_dock], [420, 200], Qt.Vertical)
        self._build_status_bar()
        self.actions = menus.build(self)
        self.setAcceptDrops(True)
        self.desk.error.connect(self.show_error)
        self.desk.changed.connect(self._after_changes)
        self.desk.sessionChanged.connect(self._session_changed)
        self.desk.undo_stack.cleanChanged.connect(self._update_title)
        self.issues_dock.issueSelected.connect(self._issue_selected)
        self.issues_dock.evidenceActivated.connect(self.show_segment)
        self.issues_dock.ignore_button.clicked.connect(self.ignore_current)
        self.grid.selectionModel().currentRowChanged.connect(self._grid_row_changed)
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
        self.desk.segment_model.read_only = self.desk.busy

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
        session = self.desk.session
        name = ""
        if session is not None:
            doc = session.document
            name = files.display_name(doc.path) + (" + " + files.display_name(doc.target_path)
                                                   if doc.target_path else "")
        self.setWindowTitle(f"{name} — qa-desk" if name else "qa-desk")

    def _update_status(self) -> None:
        session = self.desk.session
        self.role_label.setText(tr("Editor") if self.desk.segment_model.editor_mode else tr("Translator"))
        if session is None or self.desk.busy:
            return
        open_count = sum(1 for r in session.issues if r.status == "open")
        pending = sum(1 for e in session.edits if e.decision == "pending")
        text = tr("%1 segments · %2 open issues · %3 pending changes")
        self.status_label.setText(text.replace("%1", str(len(session.document.segments)))
                                  .replace("%2", str(open_count)).replace("%3", str(pending)))

    def _issue_selected(self, record) -> None:
        """Issue panel -> grid: select the row, paint the span and its evidence."""
        self.desk.segment_model.set_selected_issue(record)
        if record is None or self._syncing:
            return
        row = self.desk.segment_model.row_of.get(record.issue.segment)
        if row is not None:
            self._syncing = True
            try:
                self.grid.select_row(row)
            finally:
                self._syncing = False

    def show_segment(self, segment_id: str) -> None:
        """Jump to a segment (an evidence link) and keep the selected issue painted."""
        row = self.desk.segment_model.row_of.get(segment_id)
        if row is None:
            return
        self._syncing = True
        try:
            self.grid.select_row(row, SegmentModel.SOURCE)
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
        record = self.issues_dock.current_record()
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

    def apply_first_suggestion(self) -> bool:
        record = self.current_record()
        if record is None or not record.issue.suggestions:
            self.statusBar().showMessage(tr("No suggestion to apply here."), 3000)
            return False
        return self.desk.apply_suggestion(record.issue.signature, 0)

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
        return self.desk.ignore(record.issue.signature, reason, scope)

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
        seg_id = self.current_segment_id()
        if seg_id is None or not self.desk.decide_segment(seg_id, decision):
            self.statusBar().showMessage(tr("No tracked change in this segment."), 3000)
            return False
        return True

    def set_editor_mode(self, on: bool) -> None:
        self.desk.segment_model.set_editor_mode(on)
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


"""The review desk's main window: grid in the middle, issues and people docked, menus, status bar.

It wires views to the Desk (session + undo stack); file dialogs and opening
live in ``files.py``, menus in ``menus.py``, the grid <-> issue panel selection in
``window_sync.py`` and the actions in ``window_actions.py``, so each module stays readable.
"""
from __future__ import annotations

from html import escape

from . import files, menus
from .audit_dock import AuditDock
from .changes_dock import ChangesDock
from .desk import Desk
from .filter_bar import FilterBar
from .grid import SegmentGrid
from .issues_dock import IssuesDock
from .people_dock import PeopleDock
from .qt import (QLabel, QMainWindow, QMessageBox, QProgressBar, QPushButton, Qt,
                 QTimer, QVBoxLayout, QWidget, Signal)
from .i18n import tr
from .icons import app_icon
from .window_actions import ActionsMixin
from .window_sync import SelectionMixin


class MainWindow(SelectionMixin, ActionsMixin, QMainWindow):
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
        self.desk.written.connect(self._written)
        self.desk.issuesUpdating.connect(self._issues_updating)
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

    def _written(self, changes) -> None:
        """A big bulk change is in the grid; its re-check goes on: the bar says what waits for it."""
        self.status_label.setText(tr("%n segment(s) changed and shown; re-checking them: the issue counts are "
                                     "updating (undo, saving and exports wait for it).", "", len(changes.segments)))

    def _issues_updating(self, on: bool) -> None:
        self.issues_dock.setWindowTitle(tr("Issues (updating…)") if on else tr("Issues"))
        self.filter_bar.refresh_checks()

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
        if self.desk.defer(self.close, tr("Closing waits for the re-check to finish.")):
            event.ignore()  # the re-check's issues are saved first; the window closes then
            return
        if not files.ask_save_in_memory(self):
            event.ignore()
            return
        files.save_window(self)
        if self.job is not None:
            self.job.cancel()
        self.desk.set_session(None)
        super().closeEvent(event)


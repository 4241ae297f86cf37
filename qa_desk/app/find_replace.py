"""Find and replace across the targets: regular expression, match case, whole word, a preview,
and Replace all as one undo step (Edit > Find and replace, Ctrl+H).

The preview lists every match as the session will change it (the same list Replace all writes),
so what is shown is what happens; Find next walks the matches in the grid.

On a big document (``ASYNC_AT`` segments or more) the preview never runs on the GUI thread: each
keystroke clears it and restarts a short timer; when typing pauses, a worker searches (the text
index first, :func:`~qa_desk.review.search.preview_occurrences`) and hands back the first places
and the counts. A result whose search is no longer the one typed (or whose document changed) is
dropped, and a newer keystroke stops the older search.
"""
from __future__ import annotations

import threading
import weakref
from html import escape

from ..review.search import Search, Stopped, find_occurrences, preview_occurrences
from .i18n import number, tr
from .qt import (QAbstractItemView, QCheckBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                 QObject, QPushButton, QRunnable, Qt, QTableWidget, QTableWidgetItem, QTimer, QVBoxLayout, Signal,
                 is_alive)

PREVIEW_ROWS = 500  # rows the preview lists (the count says how many there are)
CONTEXT = 30  # characters of context each side of a match in the preview


class _PreviewSignals(QObject):
    finished = Signal(int, object)  # generation, (places, matches, segments) or None when stopped
    failed = Signal(int, str)  # generation, one-line message


class PreviewJob(QRunnable):
    """One preview search on a worker; ``stop()`` makes it give up at its next check."""

    def __init__(self, generation: int, session, search: Search, replacement: str, scope, keep: int):
        super().__init__()
        self.setAutoDelete(False)  # the dialog keeps it until its signal is handled
        self.generation, self.session, self.search = generation, session, search
        self.document = weakref.ref(session.document)  # which document it searched (the session goes after the run)
        self.replacement, self.scope, self.keep = replacement, scope, keep
        self.signals = _PreviewSignals()
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    def run(self) -> None:
        from .workers import quiet_gc
        session, self.session = self.session, None  # a job kept after it ran never keeps a document alive
        try:
            with quiet_gc():
                found = preview_occurrences(session, session.document, self.search, self.replacement,
                                            self.scope, self.keep, self._stop.is_set)
        except Stopped:
            found = None  # typed over: the dialog only lets the job go
        except ValueError as exc:  # a replacement naming a group the pattern lacks
            if is_alive(self.signals):
                self.signals.failed.emit(self.generation, str(exc))
            return
        finally:
            session = None
        if is_alive(self.signals):
            self.signals.finished.emit(self.generation, found)


class FindReplaceDialog(QDialog):
    """Non-modal: the grid stays usable while the dialog is open."""

    ASYNC_AT = 5000  # segments from which the preview is searched on a worker, after a pause in typing
    PAUSE_MS = 150  # the pause in typing after which that search starts
    KEEP = 5000  # places a worker's preview keeps (Find next walks them; the counts say how many there are)

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
        self._generation = 0  # the search typed last; a result of an older one is dropped
        self._job = None
        self._jobs: list = []  # kept alive until their signal is handled
        self._next_when_ready = False  # Find next pressed while the worker searched
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.timeout.connect(self._search_in_background)
        self.desk.checkingChanged.connect(self._desk_busy_changed)
        self.resize(720, 460)

    def search(self) -> Search:
        return Search(self.find_edit.text(), self.regex_box.isChecked(), self.case_box.isChecked(),
                      self.word_box.isChecked(), "target")

    def _scope(self):
        if not self.shown_box.isChecked():
            return None
        return [seg.id for seg in self.desk.segment_model.segments]

    @property
    def searching(self) -> bool:
        """A preview is waiting for a pause in typing or for its worker."""
        return self._pause.isActive() or self._job is not None

    def preview(self) -> list:
        """List the matches and what each becomes; returns them (empty on no pattern or no match).
        On a big document the search is only scheduled (returns []): the list comes from a worker."""
        self._generation += 1
        self._stop_job()
        self._pause.stop()
        self.table.setRowCount(0)
        self.places, self._next = [], 0
        session = self.desk.session
        if session is None or not self.find_edit.text():
            self.summary.setText("")
            self.all_button.setEnabled(False)
            return []
        try:
            search = self.search()
            search.compiled  # noqa: B018 - a bad pattern says so at once, on any size
            if len(session.document.segments) >= self.ASYNC_AT:
                self.summary.setText(tr("Searching…"))
                self.all_button.setEnabled(True)
                self._pause.start(self.PAUSE_MS)
                return []
            places = find_occurrences(session.document, search, self.replace_edit.text(), self._scope())
        except ValueError as exc:
            self._show_error(str(exc))
            return []
        self._show(places, len(places), len({p.segment for p in places}))
        return places

    def _show_error(self, message: str) -> None:
        self.summary.setText(f"<span style='color:#c62828'>{escape(message)}</span>")
        self.all_button.setEnabled(False)

    def _stop_job(self) -> None:
        if self._job is not None:
            self._job.stop()
            self._job = None

    def _search_in_background(self) -> None:
        from .workers import pool
        session = self.desk.session
        if session is None or not self.find_edit.text():
            return
        job = PreviewJob(self._generation, session, self.search(), self.replace_edit.text(), self._scope(),
                         self.KEEP)
        job.signals.finished.connect(lambda generation, found, j=job: self._found(j, generation, found))
        job.signals.failed.connect(lambda generation, message, j=job: self._found(j, generation, None, message))
        self._job = job
        self._jobs.append(job)
        pool().start(job)

    def _found(self, job, generation: int, found, message: str = "") -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        session = self.desk.session
        if generation != self._generation or session is None or job.document() is not session.document:
            return  # stale: the search was typed over, or another document opened
        self._job = None
        if found is None:
            if message:
                self._show_error(message)
            return
        self._show(*found)
        if self._next_when_ready:
            self._next_when_ready = False
            self.find_next()

    def _desk_busy_changed(self, busy: bool) -> None:
        """A bulk change written on a worker: the preview searched meanwhile may be stale, search again."""
        if not busy and self.isVisible() and self.find_edit.text() and len(self.desk.segment_model.all_segments) \
                >= self.ASYNC_AT:
            self.preview()

    def _show(self, places: list, matches: int, segments: int) -> None:
        session = self.desk.session
        self.places = places
        self.summary.setText(tr("%n match(es)", "", matches) + " · "
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
        """Select the next match in the grid (on a big document still being searched: when found)."""
        if not self.places and (self.searching or not self.preview()):
            self._next_when_ready = self.searching
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

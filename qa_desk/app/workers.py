"""Background work: opening a document (read, align, check) and loading spaCy, off the GUI thread.

A job runs in QThreadPool and talks back only through queued signals. Opening is
two phases when the session allows it: the document is shown as soon as it is
read, then the issues when the checks finish. Cancel cannot stop the engine
mid-call; it abandons the result (the session is closed and nothing is shown).
"""
from __future__ import annotations

import contextlib
import gc
import inspect
import queue
import sys
import threading
import time

from .qt import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal, is_alive


_quiet = {"jobs": 0, "enabled": True, "interval": 0.005}
_quiet_lock = threading.Lock()
SWITCH_INTERVAL = 0.0001  # seconds a worker holds the GIL before the GUI thread may take it


@contextlib.contextmanager
def quiet_gc():
    """While a job runs: no cyclic collection, and the GIL handed to the GUI thread often; after it,
    what the job built leaves the collector's sight (``gc.freeze``).

    A collection stops every thread, the GUI's too, and walks every tracked object: on 100,000
    segments one took 0.3-0.9 s, several times per open. Documents, sessions and issues hold no
    reference cycles (freed by reference counting, frozen or not), so freezing them costs nothing.
    Each call from Qt into Python (a model's data(), a slot) needs the GIL: with the default 5 ms
    switch interval, a repaint's hundred calls waited half a second for a busy worker.
    A worker keeps the GUI thread's OS priority: a worker niced below it, on a machine whose cores
    other programs kept busy, was left unscheduled while it held the GIL, and the GUI thread waited
    for it (stalls of 0.3-0.7 s on 100,000 segments, against 0.1-0.2 s at the same priority).
    """
    with _quiet_lock:
        if _quiet["jobs"] == 0:
            _quiet["enabled"] = gc.isenabled()
            _quiet["interval"] = sys.getswitchinterval()
            gc.disable()
            sys.setswitchinterval(min(SWITCH_INTERVAL, _quiet["interval"]))
        _quiet["jobs"] += 1
    try:
        yield
    finally:
        with _quiet_lock:
            _quiet["jobs"] -= 1
            if _quiet["jobs"] == 0:
                gc.freeze()
                sys.setswitchinterval(_quiet["interval"])
                if _quiet["enabled"]:
                    gc.enable()


class JobSignals(QObject):
    progress = Signal(str, int)  # message, percent (-1 = unknown)
    previewReady = Signal(object)  # the first segments of the file (a document to show only), before the full read
    documentReady = Signal(object)  # session, document read; checks may still be running
    written = Signal(object)  # a bulk change's Changes once written (its re-check still running)
    finished = Signal(object, float)  # session with its issues, seconds taken
    failed = Signal(str)  # one-line message
    cancelled = Signal()


def _supports(function, name: str) -> bool:
    try:
        return name in inspect.signature(function).parameters
    except (TypeError, ValueError):
        return False


class OpenJob(QRunnable):
    """Open files or a project into a ReviewSession in the background."""

    def __init__(self, *, paths: list[str] | None = None, project: str | None = None,
                 user: str = "translator", check_ids=None, profile: str = ""):
        super().__init__()
        self.setAutoDelete(False)  # the window keeps it until its signals are handled
        self.paths = list(paths or [])
        self.project = project
        self.user = user
        self.check_ids = check_ids
        self.profile = profile  # house-style TOML: severities, disabled checks, typography
        self.prepared = None  # the models' look-ups, built here after the checks (indexes.build_all)
        self.order = None  # segment id -> place in the document, made here before documentReady
        self.fallback_project = None  # the project to reopen if adding files to it fails
        self.signals = JobSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _open(self):
        from ..review.session import ReviewSession
        if self.paths:
            kwargs = {"project_path": self.project, "check_ids": self.check_ids, "user": self.user}
            if self.profile:
                from ..settings.profile import load_profile
                kwargs["settings"] = load_profile(self.profile)
            deferred = _supports(ReviewSession.open_files, "run_checks")
            if deferred:
                kwargs["run_checks"] = False
            return ReviewSession.open_files(self.paths, **kwargs), deferred
        return ReviewSession.open_project(self.project, user=self.user), False

    PREVIEW_SEGMENTS = 500  # rows shown while the whole file is read and validated

    def _preview(self) -> None:
        """A big file's first rows, streamed, so the window shows them while the full read runs
        (a file already in a project opens with its stored work instead: no preview of it)."""
        if self.project is not None or len(self.paths) != 1:
            return
        from ..review.opening import preview
        try:
            document = preview(self.paths, self.PREVIEW_SEGMENTS)
        except Exception:  # noqa: BLE001 - a preview that fails is no preview: the full read decides
            return
        if document is not None and not self.is_cancelled:
            self.signals.previewReady.emit(document)

    def run(self) -> None:
        with quiet_gc():
            self._run()

    def _run(self) -> None:
        started = time.perf_counter()
        session = None
        try:
            self.signals.progress.emit("reading", -1)
            self._preview()
            session, deferred = self._open()
            _warm(session.document)
            if self.is_cancelled:
                raise _Cancelled
            if deferred:
                # the grid's id -> place look-up, made here: on the GUI thread, racing this worker
                # for the GIL, 100,000 ids took 0.1 s
                self.order = {s.id: n for n, s in enumerate(session.document.segments)}
                self.signals.documentReady.emit(session)
                self.signals.progress.emit("checking", -1)
                from ..review.filtering import prepare
                prepare(session)
                session.recheck()
                if self.is_cancelled:
                    raise _Cancelled
                from .indexes import build_all
                self.prepared = build_all(session, self.order)
            self.signals.finished.emit(session, time.perf_counter() - started)
        except _Cancelled:
            _close_quietly(session)
            self.signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - InputError and anything else: one line, no traceback
            _close_quietly(session)
            text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            self.signals.failed.emit(text)


def _warm(document) -> None:
    """Build the document's id index here, not on the GUI thread's first look-up (0.1 s on 100,000)."""
    if document.segments:
        document.segment(document.segments[0].id)


class _Cancelled(Exception):
    pass


def _close_quietly(session) -> None:
    if session is None:
        return
    try:
        session.close()
    except Exception:  # noqa: BLE001
        pass


class RecheckJob(QRunnable):
    """Re-check the segments a bulk change left unchecked (``session.check_unchecked``), off the GUI thread.

    The desk is busy meanwhile: no edit reaches the session until ``finished`` (or ``failed``).
    ``write``, when given, is the bulk write itself (``session.set_targets(..., recheck=False)``), made
    here first so that a replace-all over 100,000 segments does not freeze the window either; then
    ``show`` builds the grid's look-ups of the written targets (``shown``) and ``written`` is emitted:
    the window shows the new targets while their re-check runs.
    """

    def __init__(self, session, user: str, write=None, prepare=None, show=None):
        super().__init__()
        self.setAutoDelete(False)
        self.session = session
        self.user = user
        self.write = write
        self.prepare = prepare  # builds the models' look-ups here too (indexes.build_all), not on the GUI thread
        self.show = show  # the grid's look-ups after the write (indexes.build_segment_index)
        self.prepared = self.shown = None
        self.signals = JobSignals()

    def run(self) -> None:
        with quiet_gc():
            self._run()

    def _run(self) -> None:
        started = time.perf_counter()
        try:
            written = self.write() if self.write is not None else None
            if written is not None and self.show is not None and written.segments:
                self.shown = self.show()
                if is_alive(self.signals):
                    self.signals.written.emit(written)
            changes = self.session.check_unchecked(user=self.user)
            if written is not None:
                changes = type(changes)(written.segments | changes.segments,
                                        written.issues_changed or changes.issues_changed,
                                        written.people_changed or changes.people_changed,
                                        list(written.edits) + list(changes.edits))
            if self.prepare is not None:
                self.prepared = self.prepare()
        except Exception as exc:  # noqa: BLE001 - one line for the user, never a dead worker
            text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            if is_alive(self.signals):
                self.signals.failed.emit(text)
            return
        if is_alive(self.signals):
            self.signals.finished.emit(changes, time.perf_counter() - started)


class PlanJob(QRunnable):
    """Plan a bulk change (``session.plan_replace``...) off the GUI thread: on 100,000 segments the
    search and the new contents take seconds. The desk is busy meanwhile (no edit makes it stale)."""

    def __init__(self, make):
        super().__init__()
        self.setAutoDelete(False)
        self.make = make
        self.signals = JobSignals()

    def run(self) -> None:
        started = time.perf_counter()
        try:
            with quiet_gc():
                plan = self.make()
        except (ValueError, KeyError) as exc:  # a group the pattern lacks, a stale issue: one line
            if is_alive(self.signals):
                self.signals.failed.emit(str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__)
            return
        if is_alive(self.signals):
            self.signals.finished.emit(plan, time.perf_counter() - started)


class PreloadJob(QRunnable):
    """Load the French spaCy model at start-up so the first check does not wait ~3 s."""

    def __init__(self):
        super().__init__()
        self.signals = JobSignals()

    def run(self) -> None:
        try:
            from ..nlp import pipeline
        except ImportError:
            return
        preload = getattr(pipeline, "preload", None)
        if preload is None:
            return
        try:
            preload()
        except Exception:  # noqa: BLE001 - a missing model shows later, as the check's own error
            return
        if is_alive(self.signals):  # the window (and its signals) may be gone by the time it loads
            try:
                self.signals.progress.emit("model", 100)
            except RuntimeError:
                pass


FREE_PIECE = 1000  # objects freed in one go when a closed session or a model's old look-ups are let go


def free_in_pieces(*owners, keep=()) -> bool:
    """Let what ``owners`` hold go on a thread, a piece at a time, never in one long call.

    Freeing 100,000 segments (their texts, codes, the targets as read), or the 233,000 issues a
    replace-all found, is one cascade of deallocations that held the GIL, and so the GUI thread,
    0.2-0.6 s. Here the big collections (``FREE_PIECE`` items or more) of the owners and of the
    objects they hold (two levels down; never a QObject, never one of ``keep``) are copied into
    plain lists (references only, milliseconds); when the owners drop them, on the GUI thread, the
    items survive in those lists, which the freeing thread empties a piece at a time, handing the
    GIL over between pieces. Nothing is changed: an item still used elsewhere only loses a reference.
    The work is handed over when the GUI thread is back in its event loop (the callers have dropped
    their references by then: the models replaced their look-ups, a closed session is let go).
    One freeing thread serves every call: starting a thread waits until it runs, and the GUI thread
    waited so 20-40 ms behind a thread already freeing. False when there was nothing big to free.
    """
    pieces = _pieces(owners, {id(k) for k in keep if k is not None})
    if not pieces:
        return False
    work = (list(owners), pieces)
    del owners
    if QCoreApplication.instance() is not None and threading.current_thread() is threading.main_thread():
        QTimer.singleShot(0, lambda: _freeing().put(work))  # once back in the event loop
    else:
        _freeing().put(work)
    return True


_freeing_queue: queue.SimpleQueue | None = None
_freeing_lock = threading.Lock()


def _freeing() -> queue.SimpleQueue:
    """The freeing thread's queue; the thread starts on first use and lives as long as the process."""
    global _freeing_queue
    with _freeing_lock:
        if _freeing_queue is None:
            _freeing_queue = queue.SimpleQueue()
            threading.Thread(target=_free_forever, args=(_freeing_queue,), name="free-in-pieces",
                             daemon=True).start()
        return _freeing_queue


def _free_forever(work: queue.SimpleQueue) -> None:
    while True:
        box, pieces = work.get()
        with quiet_gc():  # the GIL handed over often; no collection walks what is being freed
            box.clear()
            for piece in pieces:
                while piece:
                    del piece[-FREE_PIECE:]
                    time.sleep(0)
            pieces.clear()
        del box, pieces


def _pieces(owners, kept: set, depth: int = 2) -> list[list]:
    pieces: list[list] = []
    seen: set[int] = set(kept)

    def visit(obj, level: int) -> None:
        if id(obj) in seen:
            return
        seen.add(id(obj))
        if isinstance(obj, dict):
            if len(obj) >= FREE_PIECE:
                pieces.append(list(obj.values()))
        elif isinstance(obj, (list, tuple, set, frozenset)):
            if len(obj) >= FREE_PIECE:
                pieces.append(list(obj))
        elif level < depth and (level == 0 or not isinstance(obj, QObject)):
            for value in list(getattr(obj, "__dict__", {}).values()):
                visit(value, level + 1)
    for owner in owners:
        visit(owner, 0)
    return pieces


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()

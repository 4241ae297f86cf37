"""Background work: opening a document (read, align, check) and loading spaCy, off the GUI thread.

A job runs in QThreadPool and talks back only through queued signals. Opening is
two phases when the session allows it: the document is shown as soon as it is
read, then the issues when the checks finish. Cancel cannot stop the engine
mid-call; it abandons the result (the session is closed and nothing is shown).
"""
from __future__ import annotations

import inspect
import threading
import time

from .qt import QObject, QRunnable, QThreadPool, Signal, is_alive


class JobSignals(QObject):
    progress = Signal(str, int)  # message, percent (-1 = unknown)
    documentReady = Signal(object)  # session, document read; checks may still be running
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

    def run(self) -> None:
        started = time.perf_counter()
        session = None
        try:
            self.signals.progress.emit("reading", -1)
            session, deferred = self._open()
            if self.is_cancelled:
                raise _Cancelled
            if deferred:
                self.signals.documentReady.emit(session)
                self.signals.progress.emit("checking", -1)
                session.recheck()
                if self.is_cancelled:
                    raise _Cancelled
            self.signals.finished.emit(session, time.perf_counter() - started)
        except _Cancelled:
            _close_quietly(session)
            self.signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - InputError and anything else: one line, no traceback
            _close_quietly(session)
            text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            self.signals.failed.emit(text)


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
    here first so that a replace-all over 100,000 segments does not freeze the window either.
    """

    def __init__(self, session, user: str, write=None):
        super().__init__()
        self.setAutoDelete(False)
        self.session = session
        self.user = user
        self.write = write
        self.signals = JobSignals()

    def run(self) -> None:
        started = time.perf_counter()
        try:
            written = self.write() if self.write is not None else None
            changes = self.session.check_unchecked(user=self.user)
            if written is not None:
                changes = type(changes)(written.segments | changes.segments,
                                        written.issues_changed or changes.issues_changed,
                                        written.people_changed or changes.people_changed,
                                        list(written.edits) + list(changes.edits))
        except Exception as exc:  # noqa: BLE001 - one line for the user, never a dead worker
            text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            if is_alive(self.signals):
                self.signals.failed.emit(text)
            return
        if is_alive(self.signals):
            self.signals.finished.emit(changes, time.perf_counter() - started)


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


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()

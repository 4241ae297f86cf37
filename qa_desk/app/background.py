"""The desk's work on worker threads: a bulk change planned, written and re-checked off the GUI thread,
and the models' look-ups built there too, so replacing across 100,000 segments never freezes the window.

A big bulk change is shown as soon as it is written: the grid has the new targets (the rows still
being re-checked say so) while the worker re-checks them, the issue list and its counts marked as
updating (``issuesUpdating``). What must see the final state waits for it (:meth:`defer`): undo and
redo, saving the project, exports and reports run, in the order asked, once the re-check is in.

Mixed into :class:`~qa_desk.app.desk.Desk` (needs its session, models, busy flag and signals).
"""
from __future__ import annotations

import functools

from .i18n import tr
from .qt import Qt


class BackgroundMixin:
    """Plans, writes and re-checks that run on workers, for the Desk."""

    def _plan_in_background(self, make, push) -> bool:
        from .workers import PlanJob, pool
        if self.busy:
            self.error.emit(tr("Checks are still running; try again when they finish."))
            return False
        job = PlanJob(make)
        job.session = self.session
        self.background_count = len(self.session.document.segments)
        self.busy = True  # the grid stays editable: edits wait in order for the job (waits_for_job)
        self.checkingChanged.emit(True)
        job.signals.finished.connect(lambda plan, _s, j=job: self._plan_done(j, plan, push))
        job.signals.failed.connect(lambda message, j=job: self._background_failed(j, message))
        self._jobs.append(job)
        pool().start(job)
        return True

    def _plan_done(self, job, plan, push) -> None:
        self._end_background(job)
        same = self.session is job.session  # not another document opened meanwhile
        _forget(job)
        if same:
            push(plan)  # the command's write and its re-check go to a worker in turn
        self._run_deferred()  # nothing to change (no job started): what waited runs now


    # -- deferred checks ---------------------------------------------------------------------
    def check_in_background(self, write=None, count: int = 0) -> None:
        """Re-check what a bulk change left unchecked, on a worker; edits wait until it is done.
        ``write`` makes the bulk change itself on the worker first (``count`` segments)."""
        from .workers import RecheckJob, pool
        if self.session is None or self.busy or (write is None and not self.session.unchecked):
            return
        job = RecheckJob(self.session, self.user, write, prepare=self._preparer(), show=self._shower())
        self.background_count = count or len(self.session.unchecked)
        self.busy = True  # the grid stays editable: edits wait in order for the re-check (waits_for_job)
        self.checkingChanged.emit(True)
        job.signals.written.connect(lambda changes, j=job: self._written(j, changes))
        job.signals.finished.connect(lambda changes, _s, j=job: self._background_done(j, changes))
        job.signals.failed.connect(lambda message, j=job: self._background_failed(j, message))
        self._jobs.append(job)
        pool().start(job)

    def _preparer(self):
        """What a worker calls after its re-check: the models' look-ups, in the issue list's order."""
        from ..review.filtering import prepare
        from .indexes import build_all
        session, order = self.session, self.segment_model.order
        column, descending = self.issue_model.sort_column, self.issue_model.sort_order == Qt.DescendingOrder

        def build():
            prepare(session)  # the text filter's lowered texts follow the changed targets here too
            return build_all(session, order, column, descending)
        return build

    def _shower(self):
        """What a worker calls once a bulk change is written: the text filter's texts refreshed and
        the grid's look-ups (new pending edits; the issues as they were until the re-check is in)."""
        from ..review.filtering import prepare
        from .indexes import build_segment_index
        session = self.session

        def build():
            prepare(session)
            return build_segment_index(session)
        return build

    def _written(self, job, changes) -> None:
        """The bulk change is written, its re-check still running: the grid shows the new targets."""
        if job not in self._jobs or self.session is not job.session or job.shown is None:
            return
        from ..review.session_types import Changes
        self.issues_updating = True
        self.segment_model.updating = set(changes.segments)
        self.segment_model.apply_changes(Changes(set(changes.segments), False, False, list(changes.edits)),
                                         job.shown)
        job.shown = None
        self.issuesUpdating.emit(True)
        self.written.emit(changes)

    def _background_done(self, job, changes) -> None:
        self._end_background(job)
        self.apply_changes(changes, job.prepared)
        _forget(job)
        self._run_deferred()

    def _background_failed(self, job, message: str) -> None:
        self._end_background(job)
        _forget(job)
        self.error.emit(message)
        if self.session is not None and self.segment_model.session is self.session:
            self.refresh_all()  # what the session holds, whatever the worker did before it failed
        self._run_deferred()

    def _end_background(self, job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        self.busy = False
        self.segment_model.updating = set()
        self.checkingChanged.emit(False)
        if self.issues_updating:
            self.issues_updating = False
            self.issuesUpdating.emit(False)

    # -- what waits for the re-check ------------------------------------------------------------
    def defer(self, action, message: str = "") -> bool:
        """While a worker plans, writes or re-checks a bulk change: keep ``action`` for when it is done
        (True, and ``message`` in the status bar); else False, the caller goes on at once (a file being
        opened is the window's job: cancel it or wait, as before)."""
        if not self.busy or self.session is None or not self._jobs:
            return False
        self._deferred.append(action)
        if message:
            self.notice.emit(message)
        return True

    def _run_deferred(self) -> None:
        """The actions that waited, in the order asked; one that starts another job (an undo of a
        bulk change) makes the rest wait for that one in turn."""
        while self._deferred and not self.busy:
            action = self._deferred.pop(0)
            try:
                action()
            except Exception as exc:  # noqa: BLE001 - one line for the user, the others still run
                self.report_error(exc)

    def drop_deferred(self) -> None:
        self._deferred = []


def waits_for_job(method):
    """A desk action asked while a worker plans, writes or re-checks a bulk change: kept, in the order
    asked with undo, saving and the rest, and run on the final state once the re-check is in (the
    edited segment is re-checked by the action itself); else it runs at once."""
    @functools.wraps(method)
    def run(self, *args, **kwargs):
        if self.defer(lambda: method(self, *args, **kwargs),
                      tr("Your change waits for the re-check and is applied as soon as it is in.")):
            return True
        return method(self, *args, **kwargs)
    return run


def _forget(job) -> None:
    """A finished job lets its session, closures and look-ups go: Qt's connections to its signals
    keep the job itself alive, and with it a closed 100,000-segment document."""
    for name in ("session", "make", "write", "prepare", "prepared", "show", "shown"):
        if getattr(job, name, None) is not None:
            setattr(job, name, None)

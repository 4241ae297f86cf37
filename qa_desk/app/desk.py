"""The desk: holds the review session, its undo stack and the models the views share.

Every user action goes through here as an undo command; every session answer
(a ``Changes``) comes back through :meth:`Desk.apply_changes`, which refreshes
the models and tells the window. No view calls the session itself.
"""
from __future__ import annotations

from . import commands
from .background import BackgroundMixin, waits_for_job
from .issue_models import IssueModel
from .models import SegmentModel
from .people_dock import PeopleModel
from .qt import QObject, Qt, QUndoStack, Signal, is_alive
from .i18n import tr




class Desk(BackgroundMixin, QObject):
    """Session holder and action dispatcher (not a singleton: the window owns one)."""

    sessionChanged = Signal()
    changed = Signal(object)  # the session's Changes
    error = Signal(str)  # one-line message for the user
    notice = Signal(str)  # a short status-bar note (what a bulk action did)
    checkingChanged = Signal(bool)  # a background re-check started (True) or ended
    written = Signal(object)  # a big bulk change is written and shown; its re-check is running
    issuesUpdating = Signal(bool)  # the issue list and its counts wait for that re-check (True) or are in

    def __init__(self, prefs, parent=None):
        super().__init__(parent)
        self.prefs = prefs
        self.session = None
        self.busy = False  # checks running in a worker: edits wait
        self.previewing = False  # the grid shows the first segments of a file still being read
        self.undo_stack = QUndoStack(self)
        self.segment_model = SegmentModel(self)
        self.issue_model = IssueModel(self)
        self.people_model = PeopleModel(self)
        self.background_checks = True  # tests turn it off to keep bulk changes synchronous
        self.background_count = 0  # segments the running background job writes or checks
        self.issues_updating = False  # written, not yet re-checked: the issue list is the one before
        self._jobs: list = []
        self._deferred: list = []  # actions waiting for the running job (BackgroundMixin.defer)
        self.segment_model.targetEdited.connect(self.edit_target)
        # queued: the gender combo closes before the models reset under it (no commitData warning)
        self.people_model.genderEdited.connect(self.set_gender, Qt.QueuedConnection)

    @property
    def user(self) -> str:
        return self.prefs.user

    # -- session ---------------------------------------------------------------------
    def set_session(self, session, order: dict | None = None) -> None:
        """Show a (new) session; the previous one is closed (unless the new one is another document
        of its project) and the undo history dropped. ``order``: segment id -> place in the document,
        if a worker made it."""
        old = self.session
        self.previewing = False
        self.drop_deferred()  # what waited for the old session's re-check is about the old session
        self._let_go_of_models(history=True)
        self.undo_stack.clear()
        self.session = session
        self.segment_model.set_session(session, order=order)
        self.issue_model.set_session(session, self.segment_model.order)
        self.people_model.set_session(session)
        shares = getattr(session, "shares_project", None)
        if old is not None and old is not session and not (shares is not None and shares(old)):
            try:
                old.close()
            except Exception:  # noqa: BLE001 - closing must never block opening the next one
                pass
            from .workers import free_in_pieces
            free_in_pieces(old)  # a big one is freed on a thread, a piece at a time
        old = None
        self.sessionChanged.emit()

    FREE_AT = 20_000  # segments from which the models' old look-ups are freed on a thread

    def _let_go_of_models(self, history: bool = False) -> None:
        """Before the models replace their look-ups (a new session, a worker's re-check): what they
        held is freed on a thread, in pieces (233,000 issues freed at once held the GUI 0.3 s);
        ``history``: the undo commands' data too (a replace-all's plan), before the stack is cleared."""
        if len(self.segment_model.all_segments) < self.FREE_AT:
            return
        from .workers import free_in_pieces
        owners = [self.segment_model, self.issue_model, self.people_model]
        if history:
            for n in range(self.undo_stack.count()):
                owners += [v for v in vars(self.undo_stack.command(n)).values() if not isinstance(v, QObject)]
        free_in_pieces(*owners, keep=(self.session,))

    def show_preview(self, document) -> None:
        """While a file is read: its first segments in the grid (read-only), no issues yet. The open
        session, if any, is kept (not closed, its undo history kept) until the new one replaces it, or
        comes back if the file turns out unreadable (:meth:`end_preview`)."""
        self.previewing = True
        self.segment_model.set_session(None, preview=document)
        self.segment_model.read_only = True
        self.issue_model.set_session(None)
        self.people_model.set_session(None)

    def end_preview(self) -> None:
        """The file could not be opened (or loading was cancelled): show the session as it was."""
        if not self.previewing:
            return
        self.previewing = False
        self.segment_model.set_session(self.session)
        self.issue_model.set_session(self.session, self.segment_model.order)
        self.people_model.set_session(self.session)

    def refresh_all(self, prepared=None) -> None:
        """After a background re-check: every model re-reads the session (``prepared``: the look-ups
        the worker built, :func:`~qa_desk.app.indexes.build_all`)."""
        if self.session is None:
            return
        self._let_go_of_models()
        if prepared is not None and self.issue_model.sort_column != prepared.issues.column:
            prepared = None
        self.segment_model.reload(prepared.segments if prepared is not None else None)
        self.issue_model.set_session(self.session, self.segment_model.order,
                                     prepared.issues if prepared is not None else None)
        self.people_model.set_session(self.session)
        self.sessionChanged.emit()

    def apply_changes(self, changes, prepared=None) -> None:
        """Refresh the models; ``prepared``: their look-ups, built by the worker that re-checked."""
        if self.session is None or changes is None:
            return
        if prepared is not None:
            self._let_go_of_models()
        if prepared is not None and self.issue_model.sort_column != prepared.issues.column:
            prepared = None  # the list was sorted another way meanwhile
        self.segment_model.apply_changes(changes, prepared.segments if prepared is not None else None)
        self.issue_model.apply_changes(changes, prepared.issues if prepared is not None else None)
        if getattr(changes, "people_changed", False):
            self.people_model.set_session(self.session)
        self.changed.emit(changes)

    def apply_alignment(self, changes) -> None:
        """After a merge, split or re-link: rows came and went, so the models re-read the session."""
        self.segment_model.set_session(self.session)
        self.issue_model.set_session(self.session, self.segment_model.order)
        self.people_model.set_session(self.session)
        self.changed.emit(changes)

    def report_error(self, exc: BaseException) -> None:
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        self.error.emit(message)

    def segment_label(self, segment_id: str) -> str:
        number = self.segment_model.number(segment_id)
        return f"#{number}" if number else segment_id

    def _push(self, command) -> bool:
        if self.session is None:
            return False
        if self.busy:
            self.error.emit(tr("Checks are still running; try again when they finish."))
            return False
        self.undo_stack.push(command)
        return True

    def _build(self, factory, *args, **kwargs):
        try:
            return factory(self, *args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - stale signature, unknown edit...: tell, don't crash
            self.report_error(exc)
            return None

    # -- alignment corrections (one undoable action each) --------------------------------
    def merge_segments(self, segment_id: str) -> bool:
        label = tr("Merge segment %1 with the next").replace("%1", self.segment_label(segment_id))
        return self._align(label, lambda s, user: s.merge_segments(segment_id, user=user))

    def split_segment(self, segment_id: str, source_at: int, target_at: int) -> bool:
        label = tr("Split segment %1").replace("%1", self.segment_label(segment_id))
        return self._align(label, lambda s, user: s.split_segment(segment_id, source_at, target_at, user=user))

    def relink_segment(self, segment_id: str, side: str, direction: int) -> bool:
        label = (tr("Move the target of %1 to the previous segment") if side == "target" and direction < 0 else
                 tr("Move the target of %1 to the next segment") if side == "target" else
                 tr("Move the source of %1 to the previous segment") if direction < 0 else
                 tr("Move the source of %1 to the next segment")).replace("%1", self.segment_label(segment_id))
        return self._align(label, lambda s, user: s.relink_segment(segment_id, side, direction, user=user))

    @waits_for_job
    def _align(self, label: str, call) -> bool:
        if self.session is None:
            return False
        command = commands.AlignmentCommand(self, label, call)
        if not self._push(command):
            return False
        return is_alive(command) and not command.isObsolete()  # an obsolete command is deleted at once

    # -- translator actions ----------------------------------------------------------------
    @waits_for_job
    def edit_target(self, segment_id: str, text: str) -> bool:
        """A hand edit; with propagation on (the default), repetitions that read as this segment did
        take the same text, in the same undo step (memoQ's and Trados's auto-propagation)."""
        if self.session is None:
            return False
        old = self.session.document.segment(segment_id).target_text
        command = self._build(commands.SetTargetCommand, segment_id, text)
        if command is None:
            return False
        plan = None
        if self.prefs.propagate:
            self.undo_stack.beginMacro(command.text())
        try:
            if not self._push(command):
                return False
            if self.prefs.propagate and is_alive(command) and not command.isObsolete():
                plan = self.session.plan_propagate(segment_id, only_like=old)
                if plan.contents:
                    self._push(commands.BulkCommand(self, tr("Propagate to %n repetition(s)", "",
                                                             len(plan)), plan))
        finally:
            if self.prefs.propagate:
                self.undo_stack.endMacro()
        if plan is not None and plan.contents:
            self.notice.emit(tr("Also written into %n repetition(s) of this segment.", "", len(plan)))
        return True

    # -- bulk actions (one undo step each) ----------------------------------------------------
    BACKGROUND_AT = 300  # segments from which a bulk change is re-checked on a worker thread

    def background_for(self, count: int) -> bool:
        return count >= self.BACKGROUND_AT and self.background_checks

    def bulk(self, label: str, plan) -> bool:
        """Push a bulk plan as one command; nothing to change is said, not pushed."""
        if self.session is None or plan is None:
            return False
        if not plan.contents:
            self.notice.emit(tr("Nothing to change."))
            return False
        return self._push(commands.BulkCommand(self, label, plan))

    def _plan(self, call, *args):
        try:
            return call(*args)
        except (ValueError, KeyError) as exc:
            self.report_error(exc)
            return None

    PLAN_AT = 5000  # segments in the document from which a replace-all is planned on a worker

    def replace_all(self, search, replacement: str, segment_ids=None) -> bool:
        """Replace every match in one undo step; on a big document the plan, the write and the re-check
        all run on workers (True = started; the desk is busy until it is shown)."""
        if self.session is None:
            return False

        def push(plan) -> bool:
            label = tr("Replace “%1” with “%2” (%n segment(s))", "", len(plan)).replace(
                "%1", search.pattern).replace("%2", replacement)
            return self.bulk(label, plan)
        session = self.session
        if self.background_checks and len(session.document.segments) >= self.PLAN_AT:
            return self._plan_in_background(lambda: session.plan_replace(search, replacement, segment_ids), push)
        plan = self._plan(session.plan_replace, search, replacement, segment_ids)
        return plan is not None and push(plan)

    @waits_for_job
    def apply_to_identical(self, signature: str, index: int = 0) -> bool:
        plan = self._plan(self.session.plan_identical, signature, index)
        if plan is None:
            return False
        count = plan.detail.get("issues", len(plan))
        return self.bulk(tr("Apply “%1” to %n identical issue(s)", "", count).replace(
            "%1", plan.detail.get("suggestion", "")), plan)

    @waits_for_job
    def fix_all(self, signature: str) -> bool:
        record = self.record(signature)
        if record is None:
            return False
        if not record.issue.is_document_level:
            return self.apply_to_identical(signature)
        plan = self._plan(self.session.plan_fix_all, signature)
        if plan is None:
            return False
        return self.bulk(tr("Fix all: %n place(s)", "", len(record.issue.occurrences)), plan)

    @waits_for_job
    def propagate(self, segment_id: str) -> bool:
        plan = self._plan(self.session.plan_propagate, segment_id)
        if plan is None:
            return False
        return self.bulk(tr("Propagate segment %1 to %n repetition(s)", "", len(plan)).replace(
            "%1", self.segment_label(segment_id)), plan)

    @waits_for_job
    def set_state(self, segment_ids: list[str], state: str) -> bool:
        from ..review.states import STATE_LABELS
        if self.session is None or not segment_ids:
            return False
        label = tr("Mark %1 %2").replace("%1", ", ".join(self.segment_label(s) for s in segment_ids[:3])) \
            .replace("%2", tr(STATE_LABELS.get(state, state)))
        command = self._build(commands.StateCommand, segment_ids, state, label)
        return command is not None and self._push(command)

    @waits_for_job
    def reopen(self, signature: str) -> bool:
        command = self._build(commands.ReopenCommand, signature)
        return command is not None and self._push(command)

    @waits_for_job
    def apply_suggestion(self, signature: str, index: int = 0) -> bool:
        record = self.record(signature)
        if record is None or not record.issue.suggestions or index >= len(record.issue.suggestions):
            self.error.emit(tr("This issue has no suggestion to apply."))
            return False
        command = self._build(commands.ApplySuggestionCommand, signature, index)
        return command is not None and self._push(command)

    @waits_for_job
    def ignore(self, signature: str, reason: str, scope: str = "document") -> bool:
        command = self._build(commands.IgnoreCommand, signature, reason, scope)
        return command is not None and self._push(command)

    @waits_for_job
    def set_gender(self, person_key: str, gender) -> bool:
        person = next((p for p in self.people_model.people if p.key == person_key), None)
        name = person.name if person is not None else person_key
        command = self._build(commands.SetGenderCommand, person_key, name, gender or None)
        return command is not None and self._push(command)

    # -- editor actions ----------------------------------------------------------------------
    def pending_edits(self, segment_id: str) -> list[int]:
        if self.session is None:
            return []
        return [e.id for e in self.session.edits if e.segment == segment_id and e.decision == "pending"]

    @waits_for_job
    def decide_segment(self, segment_id: str, decision: str) -> bool:
        """Accept or reject the tracked change of one segment (all its pending edits)."""
        edit_ids = self.pending_edits(segment_id)
        if not edit_ids:
            return False
        command = self._build(commands.DecideCommand, edit_ids, decision)
        return command is not None and self._push(command)

    @waits_for_job
    def decide_all(self, check: str, decision: str) -> bool:
        command = self._build(commands.DecideAllCommand, check, decision)
        return command is not None and self._push(command)

    def edit_checks(self) -> list[str]:
        """Checks that have pending edits, for the Accept all / Reject all menus."""
        if self.session is None:
            return []
        return sorted({e.check for e in self.session.edits if e.decision == "pending"})

    # -- look-ups ----------------------------------------------------------------------------
    def record(self, signature: str):
        if self.session is None:
            return None
        try:
            return self.session.record(signature)
        except (KeyError, NotImplementedError):
            return next((r for r in self.session.issues if r.issue.signature == signature), None)

    # -- output ------------------------------------------------------------------------------
    def export(self, path: str, fmt: str | None = None) -> str | None:
        try:
            return self.session.export(path, fmt)
        except Exception as exc:  # noqa: BLE001
            self.report_error(exc)
            return None

    def export_report(self, path: str, kind: str = "html") -> bool:
        from .i18n import current_language
        try:
            self.session.report_language = current_language()  # the profile's [report] language comes first
            self.session.export_report(path, kind)
            return True
        except Exception as exc:  # noqa: BLE001
            self.report_error(exc)
            return False

"""The desk: holds the review session, its undo stack and the models the views share.

Every user action goes through here as an undo command; every session answer
(a ``Changes``) comes back through :meth:`Desk.apply_changes`, which refreshes
the models and tells the window. No view calls the session itself.
"""
from __future__ import annotations

from . import commands
from .issue_models import IssueModel
from .models import SegmentModel
from .people_dock import PeopleModel
from .qt import QObject, QUndoStack, Signal, is_alive
from .i18n import tr




class Desk(QObject):
    """Session holder and action dispatcher (not a singleton: the window owns one)."""

    sessionChanged = Signal()
    changed = Signal(object)  # the session's Changes
    error = Signal(str)  # one-line message for the user

    def __init__(self, prefs, parent=None):
        super().__init__(parent)
        self.prefs = prefs
        self.session = None
        self.busy = False  # checks running in a worker: edits wait
        self.undo_stack = QUndoStack(self)
        self.segment_model = SegmentModel(self)
        self.issue_model = IssueModel(self)
        self.people_model = PeopleModel(self)
        self.segment_model.targetEdited.connect(self.edit_target)
        self.people_model.genderEdited.connect(self.set_gender)

    @property
    def user(self) -> str:
        return self.prefs.user

    # -- session ---------------------------------------------------------------------
    def set_session(self, session) -> None:
        """Show a (new) session; the previous one is closed (unless the new one is another document
        of its project) and the undo history dropped."""
        old = self.session
        self.undo_stack.clear()
        self.session = session
        self.segment_model.set_session(session)
        self.issue_model.set_session(session)
        self.people_model.set_session(session)
        shares = getattr(session, "shares_project", None)
        if old is not None and old is not session and not (shares is not None and shares(old)):
            try:
                old.close()
            except Exception:  # noqa: BLE001 - closing must never block opening the next one
                pass
        self.sessionChanged.emit()

    def refresh_all(self) -> None:
        """After a background re-check: every model re-reads the session."""
        if self.session is None:
            return
        self.segment_model.set_session(self.session)
        self.issue_model.set_session(self.session)
        self.people_model.set_session(self.session)
        self.sessionChanged.emit()

    def apply_changes(self, changes) -> None:
        if self.session is None or changes is None:
            return
        self.segment_model.apply_changes(changes)
        self.issue_model.apply_changes(changes)
        if getattr(changes, "people_changed", False):
            self.people_model.set_session(self.session)
        self.changed.emit(changes)

    def apply_alignment(self, changes) -> None:
        """After a merge, split or re-link: rows came and went, so the models re-read the session."""
        self.segment_model.set_session(self.session)
        self.issue_model.set_session(self.session)
        self.people_model.set_session(self.session)
        self.changed.emit(changes)

    def report_error(self, exc: BaseException) -> None:
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        self.error.emit(message)

    def segment_label(self, segment_id: str) -> str:
        row = self.segment_model.row_of.get(segment_id)
        return f"#{row + 1}" if row is not None else segment_id

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

    def _align(self, label: str, call) -> bool:
        if self.session is None:
            return False
        command = commands.AlignmentCommand(self, label, call)
        if not self._push(command):
            return False
        return is_alive(command) and not command.isObsolete()  # an obsolete command is deleted at once

    # -- translator actions ----------------------------------------------------------------
    def edit_target(self, segment_id: str, text: str) -> bool:
        command = self._build(commands.SetTargetCommand, segment_id, text)
        return command is not None and self._push(command)

    def apply_suggestion(self, signature: str, index: int = 0) -> bool:
        record = self.record(signature)
        if record is None or not record.issue.suggestions or index >= len(record.issue.suggestions):
            self.error.emit(tr("This issue has no suggestion to apply."))
            return False
        command = self._build(commands.ApplySuggestionCommand, signature, index)
        return command is not None and self._push(command)

    def ignore(self, signature: str, reason: str, scope: str = "document") -> bool:
        command = self._build(commands.IgnoreCommand, signature, reason, scope)
        return command is not None and self._push(command)

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

    def decide_segment(self, segment_id: str, decision: str) -> bool:
        """Accept or reject the tracked change of one segment (all its pending edits)."""
        edit_ids = self.pending_edits(segment_id)
        if not edit_ids:
            return False
        command = self._build(commands.DecideCommand, edit_ids, decision)
        return command is not None and self._push(command)

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
        try:
            self.session.export_report(path, kind)
            return True
        except Exception as exc:  # noqa: BLE001
            self.report_error(exc)
            return False

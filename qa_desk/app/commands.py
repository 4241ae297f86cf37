"""One QUndoCommand per user action; redo/undo only call the review session.

The app's QUndoStack is the one undo authority: the session keeps no history,
every session call has an inverse, and each command records what it needs
to call that inverse (old text, previous decision, old gender override).
Each command hands the session's ``Changes`` to ``desk.apply_changes`` so
the views refresh what moved.
"""
from __future__ import annotations

from .qt import QUndoCommand
from .i18n import tr




class DeskCommand(QUndoCommand):
    """Base: keeps the desk (session holder) and the user who acted."""

    def __init__(self, desk, text: str):
        super().__init__(text)
        self.desk = desk
        self.user = desk.user

    @property
    def session(self):
        return self.desk.session

    def _done(self, changes) -> None:
        self.desk.apply_changes(changes)

    def redo(self) -> None:
        self._guard(self._redo)

    def undo(self) -> None:
        self._guard(self._undo)

    def _guard(self, action) -> None:
        """A session error makes the command obsolete (dropped from the stack) and is shown, not raised."""
        try:
            action()
        except Exception as exc:  # noqa: BLE001 - any engine error must reach the user, not kill Qt
            self.setObsolete(True)
            self.desk.report_error(exc)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class SetTargetCommand(DeskCommand):
    """Hand edit of a target (or any text change): set_target new / set_target old."""

    def __init__(self, desk, segment_id: str, new: str, *, check: str = "manual",
                 issue_signature: str = "", text: str | None = None):
        super().__init__(desk, text or tr("Edit segment %1").replace("%1", desk.segment_label(segment_id)))
        self.segment_id = segment_id
        self.old = desk.session.document.segment(segment_id).target_text
        self.new = new
        self.check = check
        self.issue_signature = issue_signature

    def _redo(self) -> None:
        self._done(self.session.set_target(self.segment_id, self.new, user=self.user, check=self.check,
                                           issue_signature=self.issue_signature))

    def _undo(self) -> None:
        self._done(self.session.set_target(self.segment_id, self.old, user=self.user, check=self.check,
                                           issue_signature=self.issue_signature))


class ApplySuggestionCommand(DeskCommand):
    """Apply suggestion ``index`` of an issue; redo after undo replays the text it produced."""

    def __init__(self, desk, signature: str, index: int = 0):
        record = desk.session.record(signature)
        suggestion = record.issue.suggestions[index]
        super().__init__(desk, tr("Apply “%1”").replace("%1", suggestion))
        self.signature = signature
        self.index = index
        self.check = record.issue.check
        self.segment_id = record.issue.segment
        self.old = desk.session.document.segment(self.segment_id).target_text
        self.new: str | None = None

    def _redo(self) -> None:
        if self.new is None:
            changes = self.session.apply_suggestion(self.signature, self.index, user=self.user)
            self.new = self.session.document.segment(self.segment_id).target_text
        else:
            changes = self.session.set_target(self.segment_id, self.new, user=self.user, check=self.check,
                                              issue_signature=self.signature)
        self._done(changes)

    def _undo(self) -> None:
        self._done(self.session.set_target(self.segment_id, self.old, user=self.user, check=self.check,
                                           issue_signature=self.signature))


class IgnoreCommand(DeskCommand):
    """Mark an issue a false positive (this document or the whole project); undo unignores."""

    def __init__(self, desk, signature: str, reason: str, scope: str = "document"):
        super().__init__(desk, tr("Ignore issue"))
        self.signature, self.reason, self.scope = signature, reason, scope

    def _redo(self) -> None:
        self._done(self.session.ignore(self.signature, self.reason, self.scope, user=self.user))

    def _undo(self) -> None:
        self._done(self.session.unignore(self.signature, user=self.user))


class DecideCommand(DeskCommand):
    """Accept or reject edits (one tracked change may be several edits) in one session step.

    Newest first when rejecting, so each edit still finds its own text; undo
    gives every edit its previous decision back, in the opposite order.
    """

    def __init__(self, desk, edit_ids: list[int], decision: str, text: str | None = None):
        label = tr("Accept change") if decision == "accepted" else tr("Reject change")
        super().__init__(desk, text or label)
        self.decision = decision
        order = sorted(edit_ids, reverse=(decision == "rejected"))
        self.previous = {eid: desk.session.edit(eid).decision for eid in order}

    def _redo(self) -> None:
        self._done(_decide_each(self, {eid: self.decision for eid in self.previous}))

    def _undo(self) -> None:
        self._done(_decide_each(self, dict(reversed(list(self.previous.items())))))


class DecideAllCommand(DeskCommand):
    """Accept or reject every edit of one check ("all" = every edit); undo restores each decision."""

    def __init__(self, desk, check: str, decision: str):
        verb = tr("Accept all of %1") if decision == "accepted" else tr("Reject all of %1")
        super().__init__(desk, verb.replace("%1", check))
        self.check, self.decision = check, decision
        chosen = [e for e in desk.session.edits
                  if (check == "all" or e.check == check) and e.decision != decision]
        if decision == "rejected":
            chosen.reverse()
        self.previous = {e.id: e.decision for e in chosen}

    def _redo(self) -> None:
        self._done(self.session.decide_all(self.check, self.decision, user=self.user))

    def _undo(self) -> None:
        self._done(_decide_each(self, dict(reversed(list(self.previous.items())))))


def _decide_each(command: DeskCommand, decisions: dict[int, str]):
    """One committed step for several decisions (the session's decide_each), merged Changes otherwise."""
    session = command.session
    if hasattr(session, "decide_each"):
        return session.decide_each(decisions, user=command.user)
    merged = None
    for eid, decision in decisions.items():
        changes = session.decide(eid, decision, user=command.user)
        if merged is None:
            merged = changes
        else:
            merged.segments |= changes.segments
            merged.issues_changed |= changes.issues_changed
            merged.people_changed |= changes.people_changed
            merged.edits += changes.edits
    return merged


class SetGenderCommand(DeskCommand):
    """Override a person's gender (None clears); the session re-runs the checks."""

    def __init__(self, desk, person_key: str, name: str, gender: str | None):
        label = gender or tr("automatic")
        super().__init__(desk, tr("Set %1 to %2").replace("%1", name).replace("%2", label))
        self.person_key = person_key
        self.new = gender
        self.old = desk.session.person_overrides().get(person_key)

    def _redo(self) -> None:
        self._done(self.session.set_person_gender(self.person_key, self.new, user=self.user))

    def _undo(self) -> None:
        self._done(self.session.set_person_gender(self.person_key, self.old, user=self.user))


class AlignmentCommand(DeskCommand):
    """Merge, split or re-link segments: the session call, then ``undo_alignment`` as its inverse."""

    def __init__(self, desk, text: str, call):
        super().__init__(desk, text)
        self.call = call  # session, user -> Changes

    def _redo(self) -> None:
        self.desk.apply_alignment(self.call(self.session, self.user))

    def _undo(self) -> None:
        self.desk.apply_alignment(self.session.undo_alignment(user=self.user))


class BulkCommand(DeskCommand):
    """Many segments in one undo step: find and replace, fix all, apply to identical issues, propagate.

    It keeps the session's plan (new contents by segment) and the contents it replaces: redo writes
    the plan, undo writes the old contents back (the session withdraws the pending edits it made).
    Large plans leave the re-check to a worker (``desk.check_in_background``): the window never freezes.
    """

    def __init__(self, desk, text: str, plan):
        super().__init__(desk, text)
        self.plan = plan
        self.old = None if desk.background_for(len(plan.contents)) else self._snapshot()

    def _snapshot(self) -> dict:
        document = self.session.document
        return {seg_id: document.segment(seg_id).target.copy() for seg_id in self.plan.contents}

    def _write(self, contents, action: str) -> None:
        """``contents``: the new targets, or None for the old ones (read before the first write)."""
        def write(recheck: bool):
            if self.old is None:
                self.old = self._snapshot()
            return self.session.set_targets(self.old if contents is None else contents, user=self.user,
                                            check=self.plan.check, action=action, detail=self.plan.detail,
                                            signatures=self.plan.signatures, recheck=recheck)
        count = len(self.plan.contents)
        if self.desk.background_for(count):  # the write and its re-check on a worker: no frozen window
            self.desk.check_in_background(lambda: write(False), count)
            return
        self._done(write(True))

    def _redo(self) -> None:
        self._write(self.plan.contents, self.plan.action)

    def _undo(self) -> None:
        self._write(None, "undo_" + self.plan.action)


class StateCommand(DeskCommand):
    """Give segments a state (draft, translated, reviewed, signed off); undo gives each its old one back."""

    def __init__(self, desk, segment_ids: list[str], state: str, text: str):
        super().__init__(desk, text)
        self.new = {seg_id: state for seg_id in segment_ids}
        self.old = {seg_id: desk.session.document.segment(seg_id).state for seg_id in segment_ids}

    def _redo(self) -> None:
        self._done(self.session.set_states(self.new, user=self.user))

    def _undo(self) -> None:
        self._done(self.session.set_states(self.old, user=self.user))


class ReopenCommand(DeskCommand):
    """Reopen an ignored issue (undo ignores it again) or a fixed one (undo marks it fixed again)."""

    def __init__(self, desk, signature: str):
        super().__init__(desk, tr("Reopen issue"))
        record = desk.session.record(signature)
        self.signature, self.status = signature, record.status
        self.reason, self.scope = record.ignore_reason, record.ignore_scope or "document"

    def _redo(self) -> None:
        self._done(self.session.reopen(self.signature, user=self.user))

    def _undo(self) -> None:
        if self.status == "ignored":
            self._done(self.session.ignore(self.signature, self.reason, self.scope, user=self.user))
        else:
            self._done(self.session.unreopen(self.signature, user=self.user))

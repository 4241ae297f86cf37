"""The editor's side of the session: accept or reject each edit.

Rejecting an edit puts back ``edit.before`` when the segment still shows
``edit.after``; when later edits have moved the text on, the segment is
rebuilt from what was read by replaying its edits that are not rejected.
"pending" is the undo of a decision.
"""
from __future__ import annotations

from . import records
from .project import now_iso
from .session_types import DECISIONS, Changes, Edit
from .textedit import replay, with_text


class DecisionsMixin:
    """decide / decide_all / decide_each for :class:`ReviewSession`."""

    def _chain_text(self, seg_id: str) -> str:
        content, _ = replay(self._originals.get(seg_id),
                            [e for e in self.edits if e.segment == seg_id and e.decision != "rejected"])
        return content.text if content is not None else ""

    def _apply_decision(self, edit: Edit, decision: str, user: str, stamp: str) -> str | None:
        """Set the decision and the text that follows from it; returns the segment if its text changed."""
        previous = edit.decision
        edit.decision = decision
        edit.decided_by, edit.decided_at = (user, stamp) if decision != "pending" else ("", "")
        seg = self.document.segment(edit.segment)
        current = seg.target_text
        new = current
        if decision == "rejected":
            new = edit.before if current == edit.after else self._chain_text(seg.id)
        elif previous == "rejected":
            new = edit.after if current == edit.before else self._chain_text(seg.id)
        if new == current:
            return None
        seg.target = with_text(seg.target, new)
        return seg.id

    def decide(self, edit_id: int, decision: str, *, user: str) -> Changes:
        """Accept, reject or reset ("pending", the undo) one edit; rejecting reverts its text."""
        return self.decide_each({edit_id: decision}, user=user, action="decide")

    def decide_all(self, check: str, decision: str, *, user: str) -> Changes:
        """Decide every edit of one check ("manual" for hand edits, "all" for every edit)."""
        chosen = [e for e in self.edits
                  if (check == "all" or e.check == check) and e.decision != decision]
        if decision == "rejected":
            chosen.reverse()  # latest first, so each still finds its own text in place
        return self.decide_each({e.id: decision for e in chosen}, user=user, action="decide_all",
                                detail={"check": check})

    def decide_each(self, decisions: dict[int, str], *, user: str, action: str = "decide_each",
                    detail: dict | None = None) -> Changes:
        """Several decisions in one committed step, in the dict's order (exact inverse of decide_all)."""
        for decision in decisions.values():
            if decision not in DECISIONS:
                raise ValueError(f"decision must be one of {', '.join(DECISIONS)}")
        edits = [self.edit(edit_id) for edit_id in decisions]  # KeyError before anything changes
        stamp = now_iso()
        previous, touched, texts = {}, [], set()
        for edit in edits:
            if edit.decision == decisions[edit.id]:
                continue
            previous[edit.id] = edit.decision
            touched.append(edit)
            seg_id = self._apply_decision(edit, decisions[edit.id], user, stamp)
            if seg_id is not None:
                texts.add(seg_id)
        changed, people_changed = (self._check_segments(texts) if texts else (set(), False))
        with self._store.transaction() as conn:
            for edit in touched:
                records.update_decision(conn, edit)
            for seg_id in texts:
                records.save_target(conn, self.doc_id, self.document.segment(seg_id))
            if texts:
                self._save_checked(conn, texts)
            self._audit(conn, user, action, {
                **(detail or {}), "decisions": {str(e.id): e.decision for e in touched},
                "previous": {str(k): v for k, v in previous.items()}, "segments": sorted(texts)})
        segments = texts | changed | {e.segment for e in touched}
        return Changes(segments, bool(texts), people_changed, [e.id for e in touched])

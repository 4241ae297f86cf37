"""The translator's calls of a review session: a target set by hand or by a suggestion, an issue
ignored or not, a person's gender overridden, a re-check.

Each records what it did (an Edit, an ignore rule, an override), re-checks only what it must, commits to
the project before it returns and answers with the :class:`Changes` the views refresh; each has its
inverse, for the app's undo stack.
"""
from __future__ import annotations

from . import records
from .project import now_iso
from .records import IgnoreRule
from .session_types import IGNORE_SCOPES, Changes, Edit
from .textedit import with_text

GENDERS = ("female", "male", "unknown")


class EditingMixin:
    """set_target / apply_suggestion / ignore / unignore / set_person_gender / recheck for
    :class:`ReviewSession`."""

    def set_target(self, segment_id: str, text: str, *, user: str, check: str = "manual",
                   issue_signature: str = "") -> Changes:
        """Replace a segment's target text; records an Edit, re-checks, saves.

        Only that segment's issues are replaced. Inverse: ``set_target`` back
        to the old text — when that undoes the segment's last pending edit,
        the edit is withdrawn instead of a second edit being recorded.
        """
        seg = self.document.segment(segment_id)
        return self._change_target(seg, with_text(seg.target, text), user, check, issue_signature,
                                   "set_target", {})

    def apply_suggestion(self, signature: str, index: int = 0, *, user: str) -> Changes:
        """Apply suggestion ``index`` of an issue to its span; the issue becomes fixed."""
        issue = self.record(signature).issue
        if issue.side != "target":
            raise ValueError("this issue points into the source; there is no target span to replace")
        if not 0 <= index < len(issue.suggestions):
            raise IndexError(f"the issue has {len(issue.suggestions)} suggestion(s), not #{index}")
        seg = self.document.segment(issue.segment)
        if seg.target is None or seg.target.text[issue.start:issue.end] != issue.text:
            raise ValueError("the segment changed since this issue was found; re-check it first")
        content = seg.target.replace_words(issue.start, issue.end, issue.suggestions[index])
        return self._change_target(seg, content, user, issue.check, signature, "apply_suggestion",
                                   {"signature": signature, "index": index,
                                    "suggestion": issue.suggestions[index]})

    def _last_pending_undone(self, seg_id: str, old: str, new: str) -> Edit | None:
        """The segment's last edit, if going back to ``new`` undoes exactly it and no one decided it."""
        mine = self.edits_for(seg_id)
        if mine and mine[-1].decision == "pending" and mine[-1].after == old and mine[-1].before == new:
            return mine[-1]
        return None

    def _change_target(self, seg, content, user, check, signature, action, detail) -> Changes:
        old, new = seg.target_text, content.text
        if old == new:
            return self._note(user, action, {**detail, "segment": seg.id, "unchanged": True})
        withdrawn = self._last_pending_undone(seg.id, old, new)
        seg.target = content
        if withdrawn is not None:
            self.edits.remove(withdrawn)
        changed, people_changed = self._check_segments({seg.id})
        with self._store.transaction() as conn:
            if withdrawn is not None:
                records.delete_edit(conn, withdrawn.id)
                edit_id = withdrawn.id
                detail = {**detail, "withdrew_edit": withdrawn.id}
            else:
                edit = Edit(0, seg.id, old, new, check, signature, user, now_iso())
                edit.id = edit_id = records.insert_edit(conn, self.doc_id, edit)
                self.edits.append(edit)
                detail = {**detail, "edit": edit_id}
            records.save_target(conn, self.doc_id, seg)
            self._save_checked(conn, {seg.id})
            self._audit(conn, user, action, {**detail, "segment": seg.id, "before": old, "after": new,
                                             "check": check,
                                             "check_seconds": round(self.last_check_seconds, 4)})
        return Changes({seg.id} | changed, True, people_changed, [edit_id])

    def ignore(self, signature: str, reason: str, scope: str = "document", *, user: str) -> Changes:
        """Mark an issue a false positive; scope "project" = ignored in every document of the project.

        Project scope matches by (check, person, flagged text), not offsets.
        Inverse: :meth:`unignore`.
        """
        if scope not in IGNORE_SCOPES:
            raise ValueError(f"scope must be one of {', '.join(IGNORE_SCOPES)}")
        issue = self.record(signature).issue
        rule = IgnoreRule(0, scope, signature, issue.check, issue.person, issue.text, reason, user,
                          now_iso(), self.doc_id if scope == "document" else None)
        self._ignores.append(rule)
        changed = self._restatus()
        with self._store.transaction() as conn:
            rule.id = records.insert_ignore(conn, rule)
            records.replace_issues(conn, self.doc_id, self.issues, changed)
            self._audit(conn, user, "ignore", {"signature": signature, "reason": reason, "scope": scope,
                                               "check": issue.check, "person": issue.person,
                                               "text": issue.text, "segments": sorted(changed)})
        return Changes(changed, bool(changed), False, [])

    def unignore(self, signature: str, *, user: str) -> Changes:
        """Undo :meth:`ignore`: every rule that hides this issue goes (project-wide ones too)."""
        issue = self.record(signature).issue
        gone = [r for r in self._ignores if r.matches(issue)]
        if not gone:
            return self._note(user, "unignore", {"signature": signature, "unchanged": True})
        self._ignores = [r for r in self._ignores if r not in gone]
        changed = self._restatus()
        with self._store.transaction() as conn:
            for rule in gone:
                records.delete_ignore(conn, rule.id)
            records.replace_issues(conn, self.doc_id, self.issues, changed)
            self._audit(conn, user, "unignore", {
                "signature": signature, "segments": sorted(changed),
                "rules": [{"scope": r.scope, "reason": r.reason, "by": r.user} for r in gone]})
        return Changes(changed, bool(changed), False, [])

    def set_person_gender(self, person_key: str, gender: str | None, *, user: str) -> Changes:
        """Override a person's gender ('female', 'male', 'unknown'; None clears) and re-check all."""
        gender = gender or None
        if gender is not None and gender not in GENDERS:
            raise ValueError(f"gender must be one of {', '.join(GENDERS)} (or None to clear)")
        previous = self._overrides.get(person_key)
        if previous == gender:
            return self._note(user, "set_person_gender", {"person": person_key, "gender": gender,
                                                          "unchanged": True})
        if gender is None:
            self._overrides.pop(person_key, None)
        else:
            self._overrides[person_key] = gender
        changed, _ = self._check_all(people=True)
        with self._store.transaction() as conn:
            records.set_override(conn, self.doc_id, person_key, gender, user, now_iso())
            self._save_checked(conn, None)
            self._audit(conn, user, "set_person_gender", {
                "person": person_key, "gender": gender, "previous": previous,
                "check_seconds": round(self.last_check_seconds, 4)})
        return Changes(changed, True, True, [])

    def recheck(self, segment_ids=None, *, user: str | None = None) -> Changes:
        """Re-run the checks; with ``segment_ids`` only those segments' issues are replaced."""
        if segment_ids is None:
            changed, people_changed = self._check_all()
        else:
            changed, people_changed = self._check_segments(set(segment_ids), edited=False)
        with self._store.transaction() as conn:
            if segment_ids is None:
                changed |= self._ignore_marked(conn)
            self._save_checked(conn, None if segment_ids is None else set(segment_ids))
            self._audit(conn, user or self.user, "recheck", {
                "segments": None if segment_ids is None else sorted(segment_ids),
                "check_seconds": round(self.last_check_seconds, 4)})
        return Changes(changed, bool(changed), people_changed, [])

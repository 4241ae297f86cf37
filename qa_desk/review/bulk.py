"""Changes to many segments as one step: find and replace, fix all, apply to identical issues, propagate.

Each bulk call is planned first (``plan_*``: {segment id: new Content}, nothing changed yet), then
applied by :meth:`BulkMixin.set_targets`: one edit per segment, one re-check of the segments changed,
one commit, one audit entry. The app's undo command keeps the plan and the contents it replaced, so
undo is ``set_targets`` back (which withdraws the pending edits it made) and redo replays the plan.
Large plans can leave the re-check for later (``recheck=False``): :meth:`check_unchecked` runs it, in
the app on a worker thread, so replacing across 100,000 segments never freezes the window.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Content
from . import records
from .project import now_iso
from .search import Search, apply_occurrences, find_occurrences
from .session_types import Changes, Edit
from .textedit import with_text

AUDIT_SEGMENTS = 200  # segment ids an audit entry lists (the edits table has every one)


@dataclass
class Plan:
    """What a bulk call will write: new contents by segment, and how to record it."""

    contents: dict[str, Content]
    check: str = "manual"
    action: str = "set_targets"
    detail: dict = field(default_factory=dict)
    signatures: dict[str, str] = field(default_factory=dict)  # segment -> issue the change fixes

    def __len__(self) -> int:
        return len(self.contents)


def normalised_source(text: str) -> str:
    """What makes two segments repetitions: the same source text, spaces aside (case counts)."""
    return " ".join(text.split())


class BulkMixin:
    """Bulk edits for :class:`ReviewSession` (needs its document, edits, checks and store)."""

    # -- planning ----------------------------------------------------------------------------
    def plan_replace(self, search: Search, replacement: str, segment_ids=None) -> Plan:
        """Replace every match of ``search`` in the targets (``segment_ids`` limits where)."""
        places = find_occurrences(self.document, search, replacement, segment_ids)
        contents = apply_occurrences(self.document, places)
        return Plan(contents, "manual", "replace_all",
                    {"find": search.pattern, "replace": replacement, "regex": search.regex,
                     "case": search.case, "whole_word": search.whole_word,
                     "matches": sum(1 for p in places if p.segment in contents)})

    def identical_issues(self, signature: str, index: int = 0) -> list:
        """Open issues like this one (same check, person, flagged text and suggestion), itself included."""
        issue = self.record(signature).issue
        if issue.side != "target" or index >= len(issue.suggestions):
            return []
        key = (issue.check, issue.person, issue.text, issue.suggestions[index])
        return [r for r in self.issues
                if r.status == "open" and r.issue.side == "target" and not r.issue.is_document_level
                and len(r.issue.suggestions) > index
                and (r.issue.check, r.issue.person, r.issue.text, r.issue.suggestions[index]) == key]

    def plan_identical(self, signature: str, index: int = 0) -> Plan:
        """Apply suggestion ``index`` to every identical open issue (see :meth:`identical_issues`)."""
        from ..model import Occurrence

        chosen = self.identical_issues(signature, index)
        places = [Occurrence(r.issue.segment, r.issue.start, r.issue.end, r.issue.text, r.issue.suggestions[index])
                  for r in chosen]
        contents = apply_occurrences(self.document, places, words=True)
        issue = self.record(signature).issue
        return Plan(contents, issue.check, "apply_to_identical",
                    {"signature": signature, "text": issue.text, "suggestion": issue.suggestions[index]
                     if index < len(issue.suggestions) else "", "issues": len(chosen)},
                    {r.issue.segment: r.signature for r in chosen})

    def plan_fix_all(self, signature: str) -> Plan:
        """A document-level issue: its replacement at every place it covers."""
        issue = self.record(signature).issue
        if not issue.is_document_level:
            raise ValueError("this issue stands for one place; apply its suggestion instead")
        contents = apply_occurrences(self.document, list(issue.occurrences), words=True)
        return Plan(contents, issue.check, "fix_all",
                    {"signature": signature, "rule": issue.rule, "places": len(issue.occurrences)},
                    {seg_id: signature for seg_id in contents})

    def repetitions(self, segment_id: str) -> list:
        """Other segments with the same source text, in document order."""
        seg = self.document.segment(segment_id)
        key = normalised_source(seg.source.text)
        if not key:
            return []
        return [s for s in self.document.segments
                if s.id != segment_id and normalised_source(s.source.text) == key]

    def plan_propagate(self, segment_id: str, only_like: str | None = None) -> Plan:
        """This segment's target written into its repetitions (signed-off ones are left alone).

        ``only_like``: only repetitions whose target reads exactly so (what the edited segment read
        before: automatic propagation leaves alone a repetition translated differently on purpose).
        """
        seg = self.document.segment(segment_id)
        text = seg.target_text
        contents = {}
        for other in self.repetitions(segment_id):
            if other.state == "final" or other.target_text == text:
                continue
            if only_like is not None and other.target_text != only_like:
                continue
            contents[other.id] = with_text(other.target, text)
        return Plan(contents, "propagate", "propagate", {"from": segment_id})

    # -- applying ----------------------------------------------------------------------------
    def replace_all(self, search: Search, replacement: str, *, user: str, recheck: bool = True) -> Changes:
        return self.apply_plan(self.plan_replace(search, replacement), user=user, recheck=recheck)

    def apply_to_identical(self, signature: str, index: int = 0, *, user: str, recheck: bool = True) -> Changes:
        return self.apply_plan(self.plan_identical(signature, index), user=user, recheck=recheck)

    def fix_all(self, signature: str, *, user: str, recheck: bool = True) -> Changes:
        """Apply a document-level issue everywhere it occurs (one step); a plain issue's first suggestion."""
        if not self.record(signature).issue.is_document_level:
            return self.apply_suggestion(signature, 0, user=user)
        return self.apply_plan(self.plan_fix_all(signature), user=user, recheck=recheck)

    def propagate(self, segment_id: str, *, user: str, recheck: bool = True) -> Changes:
        return self.apply_plan(self.plan_propagate(segment_id), user=user, recheck=recheck)

    def apply_plan(self, plan: Plan, *, user: str, recheck: bool = True) -> Changes:
        return self.set_targets(plan.contents, user=user, check=plan.check, action=plan.action,
                                detail=plan.detail, signatures=plan.signatures, recheck=recheck)

    def set_targets(self, contents: dict, *, user: str, check: str = "manual", action: str = "set_targets",
                    detail: dict | None = None, signatures: dict | None = None,
                    recheck: bool = True) -> Changes:
        """Give many segments a new target (Content or text) in one committed step.

        One edit per segment changed; where going back undoes a segment's last pending edit, that
        edit is withdrawn instead (so undo of a bulk call leaves no trace but the audit line).
        ``recheck=False`` leaves the re-check to :meth:`check_unchecked`.
        """
        signatures = signatures or {}
        last: dict[str, Edit] = {}
        for edit in self.edits:
            last[edit.segment] = edit
        stamp = now_iso()
        changed, new_edits, withdrawn = [], [], []
        for seg_id, value in contents.items():
            seg = self.document.segment(seg_id)
            content = value.copy() if isinstance(value, Content) else with_text(seg.target, str(value))
            old = seg.target_text
            if content.text == old:
                continue
            previous = last.get(seg_id)
            if previous is not None and previous.decision == "pending" and previous.after == old \
                    and previous.before == content.text:
                withdrawn.append(previous)
            else:
                new_edits.append(Edit(0, seg_id, old, content.text, check, signatures.get(seg_id, ""), user,
                                      stamp))
            seg.target = content
            changed.append(seg_id)
        detail = dict(detail or {})
        if not changed:
            return self._note(user, action, {**detail, "unchanged": True})
        if withdrawn:
            gone = {e.id for e in withdrawn}
            self.edits = [e for e in self.edits if e.id not in gone]
        ids = set(changed)
        if recheck:
            rechanged, people_changed = self._check_segments(ids)
        else:
            rechanged, people_changed = set(), False
            self.unchecked |= ids
        with self._store.transaction() as conn:
            conn.executemany("DELETE FROM edits WHERE id = ?", [(e.id,) for e in withdrawn])
            records.insert_edits(conn, self.doc_id, new_edits)
            self.edits.extend(new_edits)
            records.save_targets(conn, self.doc_id, [self.document.segment(s) for s in changed])
            if recheck:
                self._save_checked(conn, ids)
            self._audit(conn, user, action, {
                **detail, "count": len(changed), "segments": changed[:AUDIT_SEGMENTS],
                "withdrew": len(withdrawn), "check": check,
                "check_seconds": round(self.last_check_seconds, 4) if recheck else None})
        return Changes(ids | rechanged, recheck, people_changed,
                       [e.id for e in new_edits] + [e.id for e in withdrawn])

    def check_unchecked(self, *, user: str | None = None) -> Changes:
        """Re-check the segments a bulk call changed without checking (issues they lost become fixed)."""
        ids, self.unchecked = set(self.unchecked), set()
        if not ids:
            return Changes()
        changed, people_changed = self._check_segments(ids)
        with self._store.transaction() as conn:
            self._save_checked(conn, ids)
            self._audit(conn, user or self.user, "recheck", {
                "count": len(ids), "check_seconds": round(self.last_check_seconds, 4)})
        return Changes(ids | changed, True, people_changed, [])

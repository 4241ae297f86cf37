"""How the session re-runs checks and merges their issues with what the translator decided.

The simple correct approach (see the project's issue): every re-check runs
all checks on the whole document, so document-level checks (people,
consistency) see everything; what is kept between runs is the ``analyses``
cache, minus whatever the change could have touched. An analysis object may
say it survives: ``depends_on_target = False`` (kept across target edits),
``invalidate(segment_ids) -> True`` (it updated itself), or
``depends_on_people = False`` (kept across gender overrides). Anything that
says nothing is rebuilt.
"""
from __future__ import annotations

import time

from ..engine import run_checks
from ..model import Evidence, Issue
from .session_types import IssueRecord, PersonView


class CheckingMixin:
    """Re-checking and issue bookkeeping for :class:`ReviewSession`."""

    def _invalidate(self, edited: set[str] | None = None, people: bool = False) -> None:
        """Drop cached analyses a change may have made stale (all of them when nothing is said)."""
        for name, obj in list(self._analyses.items()):
            keep = False
            if edited:
                if getattr(obj, "depends_on_target", True) is False:
                    keep = True
                elif callable(getattr(obj, "invalidate", None)):
                    keep = obj.invalidate(set(edited)) is True
            elif people:
                keep = getattr(obj, "depends_on_people", True) is False
            if not keep:
                del self._analyses[name]

    def _run(self, segment_ids: set[str] | None = None) -> list[Issue]:
        """The session's checks with the user's overrides: on the whole document, or, after an
        edit, segment-scope checks on the edited segments only (document-scope ones see all)."""
        settings = dict(self.settings)
        settings["people_overrides"] = dict(self._overrides)
        started = time.perf_counter()
        run = run_checks(self.document, self.check_ids, settings, self._analyses, segment_ids=segment_ids,
                         cache=self._segment_results)
        self.last_check_seconds = time.perf_counter() - started
        return run.issues

    def _rule_for(self, issue: Issue, index: tuple | None = None):
        """The first ignore rule (in the order they were made) that matches ``issue``; ``index``
        (from :meth:`_rule_index`) makes it a look-up, not a scan of every rule per issue (a
        re-check of 233,000 issues against a project's thousand ignores was 233 million matches)."""
        if index is None:
            for rule in self._ignores:
                if rule.matches(issue):
                    return rule
            return None
        by_signature, by_meaning = index
        found = [by_signature.get(issue.signature), by_meaning.get((issue.check, issue.person, issue.text))]
        found = [f for f in found if f is not None]
        return min(found)[1] if found else None

    def _rule_index(self) -> tuple[dict, dict]:
        """The ignore rules by what they match: (signature -> (order, rule), (check, person, text) ->
        (order, rule)), the first rule kept for each key."""
        by_signature: dict = {}
        by_meaning: dict = {}
        for n, rule in enumerate(self._ignores):
            if rule.scope == "project":
                by_meaning.setdefault((rule.check, rule.person, rule.text), (n, rule))
            else:
                by_signature.setdefault(rule.signature, (n, rule))
        return by_signature, by_meaning

    def _record(self, issue: Issue, index: tuple | None = None) -> IssueRecord:
        rule = self._rule_for(issue, index)
        if rule is None:
            return IssueRecord(issue, "open")
        return IssueRecord(issue, "ignored", rule.reason, rule.scope)

    def _merge(self, issues: list[Issue], scope: set[str] | None, edited: set[str]) -> set[str]:
        """Replace the records of the segments in ``scope`` (all when None) by ``issues``.

        An issue whose signature changed only because an edit earlier in the
        segment moved it (same check, side, text and person) is the same issue:
        it keeps its ignore. An issue that vanished from a segment the call
        edited becomes "fixed", and stays listed as fixed while the segment
        differs from what was read. Returns the segments whose records changed.

        A document-scope check read the whole document, so all its issues are re-decided, in
        every segment: when a bulk change turns a typography habit, the places of unchanged
        segments that the habit now covers (or no longer covers) change with it.
        """
        whole = self._document_checks() if scope is not None else set()

        def in_scope(issue: Issue) -> bool:  # a document-level issue is everywhere: always re-decided
            return scope is None or issue.segment in scope or issue.is_document_level or issue.check in whole

        def key(issue: Issue) -> tuple:
            return issue.segment, issue.check, issue.side, issue.text, issue.person

        new_issues = [i for i in issues if in_scope(i)]
        new_sig = [i.signature for i in new_issues]  # each signature read once (233,000 of them after a replace-all)
        new_sigs = set(new_sig)
        old = [r for r in self.issues if in_scope(r.issue)]
        old_sig = [r.signature for r in old]
        old_sigs = set(old_sig)
        unmatched: dict[tuple, list] = {}
        for record, sig in zip(old, old_sig):
            if sig not in new_sigs and record.status != "fixed":
                unmatched.setdefault(key(record.issue), []).append(record)
        same = {}  # outside the edit, a document-scope check's issue found again: its record is kept as it is
        if whole:
            same = {sig: r for r, sig in zip(old, old_sig) if r.issue.segment not in scope and r.status != "fixed"
                    and not r.issue.is_document_level}
        fresh, fresh_sig, moved = [], list(new_sig), set()
        rules = self._rule_index() if self._ignores else None
        for issue, sig in zip(new_issues, new_sig):
            if sig in same:
                fresh.append(same[sig])
                continue
            twins = unmatched.get(key(issue)) if unmatched and sig not in old_sigs else None
            if twins:
                twin = twins.pop(0)
                moved.add(twin.signature)
                if self._move_rule(twin, issue):
                    rules = self._rule_index()  # a rule now matches the moved issue's signature
            fresh.append(self._record(issue, rules))
        seen = set(new_sigs)
        for record, sig in zip(old, old_sig):
            seg_id = record.issue.segment
            if sig in seen or sig in moved or record.status == "ignored":
                continue
            if not self.document.segment(seg_id).modified:
                continue
            if seg_id in edited:
                self._reopened.discard(sig)  # edited again: the reopen is answered
            if sig in self._reopened:
                fresh.append(IssueRecord(record.issue, "open"))
            elif record.status == "fixed" or seg_id in edited:
                fresh.append(IssueRecord(record.issue, "fixed"))
            else:
                continue
            fresh_sig.append(sig)
            seen.add(sig)
        before, after = _keys(old, old_sig), _keys(fresh, fresh_sig)  # every record in scope, before and after
        self.issues = self._sorted([r for r in self.issues if not in_scope(r.issue)] + fresh)
        changed = {s for s in set(before) | set(after) if before.get(s) != after.get(s)}
        self._unsaved = getattr(self, "_unsaved", set()) | changed  # for _save_checked
        return changed

    def _document_checks(self) -> set[str]:
        """The ids of the session's checks that always read the whole document."""
        from ..checks.registry import select_checks

        disabled = self.settings.get("disabled", ())
        return {info.id for info in select_checks(self.check_ids) if info.scope != "segment"
                and info.id not in disabled}

    def _move_rule(self, old_record: IssueRecord, issue: Issue) -> bool:
        """A document-scope ignore follows its issue to the issue's new signature; True when one did."""
        moved = False
        for rule in self._ignores:
            if rule.scope == "document" and rule.signature == old_record.signature:
                rule.signature = issue.signature
                self._moved_rules.append(rule)
                moved = True
        return moved

    def _save_checked(self, conn, scope) -> None:
        """Write what a re-check changed: the issues in ``scope`` (all when None), moved ignores, the cast."""
        from . import records

        anchors = {r.issue.segment for r in self.issues if r.issue.is_document_level}
        if scope is not None:  # the segments a document-level issue stands at, now and as stored, and
            scope = set(scope) | anchors | self._saved_anchors | getattr(self, "_unsaved", set())  # re-decided
        self._unsaved = set()
        self._saved_anchors = anchors
        records.replace_issues(conn, self.doc_id, self.issues, scope)
        if self._reopened != getattr(self, "_reopened_saved", set()):  # an edit answered a reopen
            from .project import now_iso
            records.save_reopened(conn, self.doc_id, sorted(self._reopened), self.user, now_iso())
        self._reopened_saved = set(self._reopened)
        for rule in self._moved_rules:
            records.update_ignore_signature(conn, rule)
        self._moved_rules = []
        records.save_people(conn, self.doc_id, self._people)


    def _restatus(self) -> set[str]:
        """Re-apply the ignore rules to open and ignored records; returns the segments that changed."""
        changed = set()
        rules = self._rule_index() if self._ignores else None
        for n, old in enumerate(self.issues):
            if old.status == "fixed" or old.signature in self._reopened:
                continue
            new = self._record(old.issue, rules)
            if (new.status, new.ignore_reason, new.ignore_scope) != \
                    (old.status, old.ignore_reason, old.ignore_scope):
                self.issues[n] = new
                changed.add(old.issue.segment)
        return changed

    def _sort(self) -> None:
        self.issues = self._sorted(self.issues)

    def _sorted(self, issues: list) -> list:
        """``issues`` sorted in document order, as a new list: the session's list is replaced whole,
        never sorted in place (a sort in place empties the list meanwhile for other threads: the
        window reads it while a worker re-checks)."""
        order = self._order
        return sorted(issues, key=lambda r: (order.get(r.issue.segment, 0), r.issue.side != "source",
                                             r.issue.start, r.issue.check))

    def people(self) -> list:
        """The cast's people (objects with .key, .name, .gender, .evidence), or [] when none.

        The live cast when the checks built one; after a reopen, the cast as
        stored (:class:`PersonView`) until the next re-check.
        """
        cast = self._analyses.get("people")
        if cast is not None:
            return cast.named() if hasattr(cast, "named") else list(getattr(cast, "people", []))
        views = []
        for p in self._people:
            evidence = [Evidence(**e) if set(e) >= {"text", "side"} else e for e in p.get("evidence", [])]
            views.append(PersonView(p["key"], p["name"], p["gender"], evidence,
                                    self._overrides.get(p["key"])))
        return views

    def person_overrides(self) -> dict[str, str]:
        """Genders set by the user, by person key."""
        return dict(self._overrides)

    def _cast_json(self) -> list[dict] | None:
        """The live cast as stored rows, or None when no check built one."""
        from .records import person_json

        cast = self._analyses.get("people")
        if cast is None:
            return None
        return [person_json(p) for p in getattr(cast, "people", [])]

    def _refresh_people(self) -> bool:
        """Keep the stored cast in step with the live one; True when it changed.

        A cheap outline (names, genders, conflicts, evidence counts) is compared first: turning
        every piece of evidence into rows on each edit costs more than the edit's re-check.
        """
        cast = self._analyses.get("people")
        if cast is None:
            return False
        outline = [(p.key, p.name, p.gender, getattr(p, "conflict", False), len(p.evidence))
                   for p in getattr(cast, "people", [])]
        if self._people is not None and outline == getattr(self, "_people_outline", None):
            return False
        self._people_outline = outline
        people = self._cast_json()
        if people is None or people == self._people:
            return False
        self._people = people
        return True

    def _check_segments(self, segment_ids: set[str], edited: bool = True) -> tuple[set[str], bool]:
        """Re-run the checks after a change to these segments; only their records are replaced."""
        self._invalidate(edited=segment_ids)
        changed = self._merge(self._run(set(segment_ids)), segment_ids, segment_ids if edited else set())
        return changed, self._refresh_people()

    def _check_all(self, people: bool = False) -> tuple[set[str], bool]:
        if people:
            self._invalidate(people=True)
        else:
            self._analyses.clear()
            self._segment_results.clear()  # a re-check asked for: every check runs again
        changed = self._merge(self._run(), None, set())
        return changed, self._refresh_people()


def _keys(records, signatures) -> dict[str, list]:
    """Each segment's records as sorted (signature, status, ignore reason): what tells a change."""
    keys: dict[str, list] = {}
    for r, sig in zip(records, signatures):
        keys.setdefault(r.issue.segment, []).append((sig, r.status, r.ignore_reason))
    return {s: sorted(v) for s, v in keys.items()}

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
from ..model import Issue
from .session_types import IssueRecord


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

    def _run(self) -> list[Issue]:
        """All the session's checks on the whole document, with the user's overrides."""
        settings = dict(self.settings)
        settings["people_overrides"] = dict(self._overrides)
        started = time.perf_counter()
        run = run_checks(self.document, self.check_ids, settings, self._analyses)
        self.last_check_seconds = time.perf_counter() - started
        return run.issues

    def _rule_for(self, issue: Issue):
        for rule in self._ignores:
            if rule.matches(issue):
                return rule
        return None

    def _record(self, issue: Issue) -> IssueRecord:
        rule = self._rule_for(issue)
        if rule is None:
            return IssueRecord(issue, "open")
        return IssueRecord(issue, "ignored", rule.reason, rule.scope)

    def _merge(self, issues: list[Issue], scope: set[str] | None, edited: set[str]) -> set[str]:
        """Replace the records of the segments in ``scope`` (all when None) by ``issues``.

        An issue that vanished from a segment the call edited becomes "fixed",
        and stays listed as fixed while the segment differs from what was read.
        Returns the segments whose records changed.
        """
        def in_scope(segment_id: str) -> bool:
            return scope is None or segment_id in scope

        fresh = [self._record(i) for i in issues if in_scope(i.segment)]
        seen = {r.signature for r in fresh}
        for old in self.issues:
            seg_id = old.issue.segment
            if not in_scope(seg_id) or old.signature in seen or old.status == "ignored":
                continue
            if not self.document.segment(seg_id).modified:
                continue
            if old.status == "fixed" or seg_id in edited:
                fresh.append(IssueRecord(old.issue, "fixed"))
                seen.add(old.signature)
        before = self._issue_keys(scope)
        self.issues = [r for r in self.issues if not in_scope(r.issue.segment)] + fresh
        self._sort()
        after = self._issue_keys(scope)
        return {s for s in set(before) | set(after) if before.get(s) != after.get(s)}

    def _issue_keys(self, scope) -> dict[str, list]:
        keys: dict[str, list] = {}
        for r in self.issues:
            if scope is None or r.issue.segment in scope:
                keys.setdefault(r.issue.segment, []).append((r.signature, r.status, r.ignore_reason))
        return {s: sorted(v) for s, v in keys.items()}

    def _restatus(self) -> set[str]:
        """Re-apply the ignore rules to open and ignored records; returns the segments that changed."""
        changed = set()
        for n, old in enumerate(self.issues):
            if old.status == "fixed":
                continue
            new = self._record(old.issue)
            if (new.status, new.ignore_reason, new.ignore_scope) != \
                    (old.status, old.ignore_reason, old.ignore_scope):
                self.issues[n] = new
                changed.add(old.issue.segment)
        return changed

    def _sort(self) -> None:
        order = self._order
        self.issues.sort(key=lambda r: (order.get(r.issue.segment, 0), r.issue.side != "source",
                                        r.issue.start, r.issue.check))

    def _cast_json(self) -> list[dict] | None:
        """The live cast as stored rows, or None when no check built one."""
        from .records import person_json

        cast = self._analyses.get("people")
        if cast is None:
            return None
        return [person_json(p) for p in getattr(cast, "people", [])]

    def _refresh_people(self) -> bool:
        """Keep the stored cast in step with the live one; True when it changed."""
        people = self._cast_json()
        if people is None or people == self._people:
            return False
        self._people = people
        return True

    def _check_segments(self, segment_ids: set[str], edited: bool = True) -> tuple[set[str], bool]:
        """Re-run the checks after a change to these segments; only their records are replaced."""
        self._invalidate(edited=segment_ids)
        changed = self._merge(self._run(), segment_ids, segment_ids if edited else set())
        return changed, self._refresh_people()

    def _check_all(self, people: bool = False) -> tuple[set[str], bool]:
        if people:
            self._invalidate(people=True)
        else:
            self._analyses.clear()
        changed = self._merge(self._run(), None, set())
        return changed, self._refresh_people()

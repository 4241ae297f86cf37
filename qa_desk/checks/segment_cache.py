"""The segment-scope checks' issues per segment, kept between the re-checks of a session.

A check registered with ``scope="segment"`` promises that a segment's issues depend on that segment
alone (:func:`~qa_desk.checks.registry.register_check`). So what it found on a segment can be kept,
keyed by everything of the segment a check may read (its id, source and target with their inline
codes, state, notes, alignment link and confidence, paragraphs, the target as read), under the
session's checks and settings; when the segment reads so again, the issues come back without
running the check. An undo of a replace-all puts 100,000 targets back to texts already checked: no
segment check runs on any of them. A check that breaks the promise in a run (an issue of another
segment, or a document-level one) is run plainly from then on.
"""
from __future__ import annotations

from dataclasses import replace

from .registry import CheckContext

LIMIT = 400_000  # segments' results kept; the oldest go first


def _native_key(native):
    if native is None or isinstance(native, (str, int, float, bool)):
        return native
    if isinstance(native, dict):
        return tuple(sorted((str(k), _native_key(v)) for k, v in native.items()))
    return ("id", id(native))  # an element: kept alive by the entry (see SegmentResults._natives)


def _content_key(content, natives: list):
    if content is None:
        return None
    if not content.codes:
        return content.text
    codes = []
    for code in content.codes:
        if code.native is not None:
            natives.append(code.native)
        codes.append((code.kind, code.pos, code.id, code.name, _native_key(code.native)))
    return content.text, tuple(codes)


def segment_key(seg, natives: list) -> tuple:
    """What a segment check may read of a segment (``natives`` collects the objects keyed by id)."""
    return (seg.id, _content_key(seg.source, natives), _content_key(seg.target, natives), seg.state,
            tuple(seg.notes), seg.link, seg.confidence, seg.paragraph, seg.source_paragraph,
            seg.target_paragraph, seg.original_target)


def _settings_key(settings: dict) -> str:
    return repr(sorted(settings.items(), key=lambda kv: str(kv[0])))


class SegmentResults:
    """Issues of the cacheable segment checks by segment key (see the module's docstring)."""

    def __init__(self, limit: int = LIMIT):
        self.limit = limit
        self._entries: dict[tuple, tuple] = {}  # segment key -> (issues, natives)
        self._fingerprint = None
        self.uncacheable: set[str] = set()  # checks seen breaking the segment-scope promise
        self.hits = self.misses = 0  # segments served from the cache / checked, in the last run

    def clear(self) -> None:
        self._entries = {}

    def __len__(self) -> int:
        return len(self._entries)

    def run(self, checks: list, context: CheckContext, segments: list) -> list:
        """The issues of ``checks`` (segment scope) on ``segments`` of ``context``'s document."""
        doc = context.document
        fingerprint = (tuple(info.id for info in checks), _settings_key(context.settings), doc.source_lang,
                       doc.target_lang)
        if fingerprint != self._fingerprint:
            self.clear()
            self._fingerprint = fingerprint
        cached = [info for info in checks if info.id not in self.uncacheable]
        plain = [info for info in checks if info.id in self.uncacheable]
        issues: list = []
        if plain:
            local = CheckContext(replace(doc, segments=list(segments), _index={}), context.analyses,
                                 context.settings)
            for info in plain:
                issues.extend(info.function(local))
        entries, misses, keys = self._entries, [], {}
        for seg in segments:
            natives: list = []
            key = segment_key(seg, natives)
            entry = entries.get(key)
            if entry is None:
                misses.append(seg)
                keys[seg.id] = (key, natives)
            else:
                issues.extend(entry[0])
        self.hits, self.misses = len(segments) - len(misses), len(misses)
        if not misses or not cached:
            return issues
        local = CheckContext(replace(doc, segments=misses, _index={}), context.analyses, context.settings)
        found: dict[str, list] = {seg.id: [] for seg in misses}
        broken = False
        for info in cached:
            produced = list(info.function(local))
            if any(i.is_document_level or i.segment not in found for i in produced):
                self.uncacheable.add(info.id)
                broken = True
                issues.extend(produced)
                continue
            for issue in produced:
                found[issue.segment].append(issue)
        if broken:  # the entries hold that check's issues: none of them is right any more
            self.clear()
            for seg_issues in found.values():
                issues.extend(seg_issues)
            return issues
        for seg_id, seg_issues in found.items():
            key, natives = keys[seg_id]
            entries[key] = (tuple(seg_issues), tuple(natives) if natives else ())
            issues.extend(seg_issues)
        if len(entries) > self.limit:  # the oldest out (dicts keep insertion order)
            for key in list(entries)[:len(entries) - self.limit]:
                del entries[key]
        return issues

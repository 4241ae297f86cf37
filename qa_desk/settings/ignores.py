"""Desk-wide ignore rules and per-check exceptions, read from the shared TOML profile.

False positives are what users of QA tools complain about first; these rules
let a desk silence them without code. The review session keeps its own
per-document decisions; these are the rules every document gets.

Profile forms::

    [exceptions]
    repeated-word = ["nous nous", "très très"]   # flagged text, word or regex

    [[ignore]]
    signature = "0123abcd4567ef89"                # one issue, once
    [[ignore]]
    check = "acronym-consistency"
    document = "2024-*-nato.xlf"                  # a check in some documents
    [[ignore]]
    check = "spacing"
    pattern = "^ $"                               # regex on the flagged text
    segment = "^\\\\(Reporting by"                # optional regex on the segment's target
"""
from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..errors import InputError

RULE_KEYS = {"signature", "check", "document", "pattern", "segment", "source", "text", "reason"}


@dataclass(frozen=True)
class IgnoreRule:
    """All given fields must match for the rule to silence an issue."""

    signature: str = ""
    check: str = ""
    document: str = ""  # glob on the document's file name or path
    pattern: re.Pattern | None = None  # on the flagged text
    segment: re.Pattern | None = None  # on the segment's target text
    source: re.Pattern | None = None  # on the segment's source text
    text: str = ""  # exact flagged text
    reason: str = ""

    def matches(self, issue, doc=None, seg=None) -> bool:
        if self.signature and issue.signature != self.signature:
            return False
        if self.check and issue.check != self.check:
            return False
        if self.text and issue.text != self.text:
            return False
        if self.pattern is not None and not self.pattern.search(issue.text):
            return False
        if self.document and not _document_matches(self.document, doc):
            return False
        if self.segment is not None and (seg is None or not self.segment.search(seg.target_text)):
            return False
        if self.source is not None and (seg is None or not self.source.search(seg.source.text)):
            return False
        return True


def _document_matches(glob: str, doc) -> bool:
    if doc is None:
        return False
    for path in (doc.path, doc.target_path):
        if path and (fnmatch.fnmatch(Path(path).name, glob) or fnmatch.fnmatch(str(path), glob)):
            return True
    return False


def _regex(value, where: str, path: str) -> re.Pattern:
    if not isinstance(value, str):
        raise InputError(f"{where} must be a string (a regular expression)", path)
    try:
        return re.compile(value)
    except re.error as exc:
        raise InputError(f"{where}: bad regular expression ({exc})", path) from None


def compile_rules(raw: Iterable, path: str = "") -> list[IgnoreRule]:
    """Validate the profile's ``[[ignore]]`` tables; a bad one is a one-line InputError."""
    rules = []
    for number, table in enumerate(raw or (), start=1):
        where = f"ignore rule {number}"
        if not isinstance(table, dict):
            raise InputError(f"{where} must be a table ([[ignore]])", path)
        unknown = set(table) - RULE_KEYS
        if unknown:
            raise InputError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}", path)
        if not set(table) - {"reason"}:
            raise InputError(f"{where} matches everything: give a signature, check, document or pattern",
                             path)
        for key in ("signature", "check", "document", "text", "reason"):
            if key in table and not isinstance(table[key], str):
                raise InputError(f"{where}: {key} must be a string", path)
        rules.append(IgnoreRule(
            signature=table.get("signature", ""), check=table.get("check", ""),
            document=table.get("document", ""), text=table.get("text", ""), reason=table.get("reason", ""),
            pattern=_regex(table["pattern"], f"{where} pattern", path) if "pattern" in table else None,
            segment=_regex(table["segment"], f"{where} segment", path) if "segment" in table else None,
            source=_regex(table["source"], f"{where} source", path) if "source" in table else None))
    return rules


def compile_exceptions(raw: dict, path: str = "") -> dict[str, list]:
    """``{check: [word or regex, ...]}``: an issue whose flagged text is one of them is dropped."""
    if not isinstance(raw or {}, dict):
        raise InputError("[exceptions] must be a table of check = [words]", path)
    out: dict[str, list] = {}
    for check, items in (raw or {}).items():
        if isinstance(items, str):
            items = [items]
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise InputError(f"exceptions for {check} must be a list of strings", path)
        compiled = []
        for item in items:
            try:
                compiled.append((item.casefold(), re.compile(item, re.IGNORECASE)))
            except re.error:
                compiled.append((item.casefold(), None))  # a plain word that is not a valid regex
        out[check] = compiled
    return out


def _is_exception(issue, exceptions: dict[str, list]) -> bool:
    flagged = " ".join(issue.text.split()).casefold()
    for word, regex in exceptions.get(issue.check, ()):
        if flagged == " ".join(word.split()) or (regex is not None and regex.fullmatch(issue.text.strip())):
            return True
    return False


_COMPILED: dict[str, tuple[list[IgnoreRule], dict]] = {}


def _compiled(settings: dict) -> tuple[list[IgnoreRule], dict]:
    """Rules compiled once per distinct profile content (re-checks reuse them)."""
    key = repr((settings.get("ignore"), settings.get("exceptions")))
    cached = _COMPILED.get(key)
    if cached is None:
        if len(_COMPILED) > 16:
            _COMPILED.clear()
        cached = (compile_rules(settings.get("ignore", ())), compile_exceptions(settings.get("exceptions", {})))
        _COMPILED[key] = cached
    return cached


def filter_issues(issues: list, doc, settings: dict | None) -> list:
    """The issues that no ignore rule and no exception silences (order kept)."""
    if not settings or not (settings.get("ignore") or settings.get("exceptions")):
        return issues
    rules, exceptions = _compiled(settings)
    segments = {s.id: s for s in doc.segments} if doc is not None else {}
    kept = []
    for issue in issues:
        if exceptions and _is_exception(issue, exceptions):
            continue
        seg = segments.get(issue.segment)
        if any(rule.matches(issue, doc, seg) for rule in rules):
            continue
        kept.append(issue)
    return kept

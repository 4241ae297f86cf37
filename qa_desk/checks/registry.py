"""The check registry: each check is a function registered with its metadata.

A check takes a :class:`CheckContext` and yields :class:`Issue` objects.
Built-in checks are loaded explicitly by :func:`load_builtin_checks` (not as an
import side effect scattered around the code), in the spirit of spaCy's
registry with its ``registrations`` module.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from ..model import SEVERITIES, BilingualDocument, Issue

CheckFunction = Callable[["CheckContext"], Iterable[Issue]]


@dataclass(frozen=True)
class CheckInfo:
    id: str
    function: CheckFunction
    category: str  # MQM error typology, e.g. "Accuracy/Mistranslation"
    severity: str  # default: critical, major, minor, info
    requires: tuple[str, ...] = ()  # analyses it needs: "nlp", "people"
    scope: str = "document"  # "segment": a segment's issues depend on that segment alone

    @property
    def title(self) -> str:
        doc = (self.function.__doc__ or "").strip()
        return doc.splitlines()[0] if doc else self.id

    @property
    def doc(self) -> str:
        return (self.function.__doc__ or "").strip()


_REGISTRY: dict[str, CheckInfo] = {}

# Shared analyses a check may ask for: name -> "module:function(context)".
ANALYSES = {
    "nlp": "qa_desk.nlp.pipeline:analyse_context",
    "people": "qa_desk.people.build:build_cast",
}

# Modules holding the built-in checks, in report order.
BUILTIN_MODULES = (
    "file_rules",
    "alignment",
    "people",
    "numbers",
    "language",
    "names",
    "meaning",
    "length",
    "terminology",
    "consistency",
    "typography",
    "mechanics",
)


def register_check(check_id: str, *, category: str, severity: str, requires: Iterable[str] = (),
                   scope: str = "document"):
    """Decorator: ``@register_check("title", category=..., severity="major")``.

    ``scope="segment"`` promises that a segment's issues depend on that segment alone, so a
    re-check after an edit runs the check on the edited segments only; "document" checks
    (people, consistency, the document's length ratio) always see the whole document.
    """
    if severity not in SEVERITIES:
        raise ValueError(f"unknown severity {severity!r} for check {check_id}")
    if scope not in ("segment", "document"):
        raise ValueError(f"unknown scope {scope!r} for check {check_id}")

    def decorate(function: CheckFunction) -> CheckFunction:
        if check_id in _REGISTRY and _REGISTRY[check_id].function is not function:
            raise ValueError(f"check {check_id!r} registered twice")
        if not (function.__doc__ or "").strip():
            raise ValueError(f"check {check_id!r} needs a docstring with an example")
        _REGISTRY[check_id] = CheckInfo(check_id, function, category, severity, tuple(requires), scope)
        return function

    return decorate


def load_builtin_checks() -> dict[str, CheckInfo]:
    for name in BUILTIN_MODULES:
        importlib.import_module(f"{__package__}.{name}")
    return dict(_REGISTRY)


def all_checks() -> dict[str, CheckInfo]:
    return load_builtin_checks()


def select_checks(ids: str | Iterable[str] | None) -> list[CheckInfo]:
    """Checks by comma-separated ids (None or "all" = every check); unknown ids raise KeyError."""
    registry = load_builtin_checks()
    if ids is None or ids == "all":
        return list(registry.values())
    if isinstance(ids, str):
        ids = [part.strip() for part in ids.split(",") if part.strip()]
    chosen = []
    for check_id in ids:
        if check_id not in registry:
            raise KeyError(check_id)
        chosen.append(registry[check_id])
    return chosen


@dataclass
class CheckContext:
    """What a check reads: the document plus shared analyses computed once."""

    document: BilingualDocument
    analyses: dict[str, Any] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)

    def analysis(self, name: str) -> Any:
        """A shared analysis ("nlp", "people"...), computed on first use and kept."""
        if name not in self.analyses:
            module_name, _, function_name = ANALYSES[name].partition(":")
            function = getattr(importlib.import_module(module_name), function_name)
            self.analyses[name] = function(self)
        return self.analyses[name]

    def issue(self, info_id: str, segment, start: int, end: int, message: str, **kw) -> Issue:
        """Build an issue with the check's registered category and severity."""
        info = _REGISTRY[info_id]
        side = kw.pop("side", "target")
        text_of = segment.source.text if side == "source" else segment.target_text
        severity = kw.pop("severity", None) or self.settings.get("severity", {}).get(info_id, info.severity)
        return Issue(segment=segment.id, check=info_id, severity=severity, start=start, end=end,
                     text=text_of[start:end], message=message, side=side,
                     category=info.category, **kw)

    def document_issue(self, info_id: str, rule: str, message: str, occurrences, **kw) -> Issue:
        """One issue for a habit the whole document follows, at its first occurrence; its
        ``occurrences`` (segment, start, end, replacement) are what "fix all" changes."""
        from ..model import Occurrence

        places = []
        for seg, start, end, replacement in occurrences:
            places.append(Occurrence(seg.id, start, end, seg.target_text[start:end], replacement))
        first_seg, first = occurrences[0][0], places[0]
        return self.issue(info_id, first_seg, first.start, first.end, message, suggestions=[first.replacement],
                          rule=rule, scope="document", occurrences=places, **kw)

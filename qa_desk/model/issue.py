"""Issues found by checks, and the evidence behind them."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields

SEVERITIES = ("info", "minor", "major", "critical")


def severity_rank(severity: str) -> int:
    """Order of severities, info lowest; unknown names raise ValueError."""
    return SEVERITIES.index(severity)


@dataclass
class Evidence:
    """Why a check believes what it says: a quote and where it stands."""

    text: str  # e.g. "he said"
    side: str = "source"  # source, target, lexicon, user
    segment: str = ""  # segment id, when the evidence is in the document
    start: int = -1
    end: int = -1
    paragraph: int = -1
    kind: str = ""  # pronoun, title, noun, first-name, agreement, user...
    gender: str = ""

    def describe(self) -> str:
        where = f", paragraph {self.paragraph + 1}" if self.paragraph >= 0 else ""
        return f"{self.side}: '{self.text}'{where}"


@dataclass
class Occurrence:
    """One place a document-level issue covers, and what "fix all" writes there."""

    segment: str
    start: int
    end: int
    text: str
    replacement: str


def _flat(item) -> dict:
    """``dataclasses.asdict`` of an Evidence or an Occurrence (their fields are all str or int), without
    its recursive deep copy: storing the 233,000 issues of a replace-all spent seconds in it."""
    names = _FIELDS.get(type(item))
    if names is None:
        names = _FIELDS[type(item)] = tuple(f.name for f in fields(item))
    return {name: getattr(item, name) for name in names}


_FIELDS: dict[type, tuple[str, ...]] = {}


@dataclass
class Issue:
    """One problem in one segment, with offsets into its target (or source).

    A document-level issue (``scope == "document"``: a house-style habit the whole document
    follows, said once) stands at its first occurrence and lists every place it covers in
    ``occurrences``; fixing it fixes them all.
    """

    segment: str
    check: str
    severity: str
    start: int
    end: int
    text: str
    message: str
    suggestions: list[str] = field(default_factory=list)
    side: str = "target"  # where start/end point: target, or source for an omission
    category: str = ""  # MQM category
    person: str = ""  # the person a gender or title issue is about
    evidence: list[Evidence] = field(default_factory=list)
    rule: str = ""  # for a file issue: the rule of the format broken ("xsd", "unique-unit-id"...)
    line: int = 0  # for a file issue: the line of the file, 0 when unknown
    scope: str = "segment"  # "document": said once for the whole document
    occurrences: list[Occurrence] = field(default_factory=list)  # a document issue's places

    @property
    def is_document_level(self) -> bool:
        return self.scope == "document"

    @property
    def signature(self) -> str:
        """A stable id (check, segment, side, flagged text, nth occurrence not needed).

        Stays the same when checks re-run on unchanged text, so a dismissed
        issue stays dismissed (Okapi's habit).
        """
        fields = (self.check, self.segment, self.side, self.text, self.start, self.person, self.rule, self.line,
                  self.message, self.scope)
        cached = self.__dict__.get("_signature")  # the desk reads it for every issue after each re-check
        if cached is not None and cached[0] == fields:
            return cached[1]
        key = "\x1f".join((self.check, self.segment, self.side, self.text, str(self.start), self.person))
        if self.rule:  # file issues share a segment and an empty span: the rule and line tell them apart
            key += f"\x1f{self.rule}\x1f{self.line}\x1f{self.message}"
        if self.scope == "document":  # one per habit, wherever its first occurrence stands
            key = "\x1f".join((self.check, "document", self.rule))
        signature = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        self.__dict__["_signature"] = (fields, signature)
        return signature

    def to_json(self) -> dict:
        data = {
            "segment": self.segment,
            "check": self.check,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "suggestions": list(self.suggestions),
        }
        if self.side != "target":
            data["side"] = self.side
        if self.category:
            data["category"] = self.category
        if self.person:
            data["person"] = self.person
        if self.evidence:
            data["evidence"] = [_flat(e) for e in self.evidence]
        if self.rule:
            data["rule"] = self.rule
        if self.line:
            data["line"] = self.line
        if self.scope != "segment":
            data["scope"] = self.scope
            data["occurrences"] = [_flat(o) for o in self.occurrences]
        data["signature"] = self.signature
        return data

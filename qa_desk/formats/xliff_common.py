"""What XLIFF 1.2 and 2.x share: inline content <-> Content, ITS issue marks, tree copies.

Readers turn a source/target element into a :class:`Content` whose codes keep
a reference to their original element in ``Code.native`` so that writers can
restore it exactly. Writers rebuild an element's children from a Content
plus the issue spans to annotate, splitting an issue mark where it would
cross a code (codes are never split or lost).
"""
from __future__ import annotations

import contextlib
import copy
import gc
import os
import re
from dataclasses import dataclass, field

from lxml import etree

from ..model import CLOSE, OPEN, STANDALONE, Code, Content, Issue, QualityMark
from .xmlsafe import local_name

ITS = "http://www.w3.org/2005/11/its"
XML_NS = "http://www.w3.org/XML/1998/namespace"
SEVERITY_SCORE = {"info": "0", "minor": "25", "major": "50", "critical": "100"}
# Keyword in an MQM category (or check id) -> ITS 2.0 locQualityIssueType; first match wins,
# most specific category part first.
_ITS_TYPES = (
    ("omission", "omission"), ("untranslated", "untranslated"), ("addition", "addition"),
    ("mistranslation", "mistranslation"), ("terminolog", "terminology"), ("term", "terminology"),
    ("inconsisten", "inconsistency"), ("spelling", "misspelling"), ("grammar", "grammar"),
    ("agreement", "grammar"), ("gender", "mistranslation"), ("number", "numbers"),
    ("duplicat", "duplication"), ("repeat", "duplication"), ("whitespace", "whitespace"),
    ("spacing", "whitespace"), ("punctuation", "typographical"), ("typograph", "typographical"),
    ("tag", "markup"), ("markup", "markup"), ("format", "formatting"), ("character", "characters"),
    ("encoding", "characters"), ("register", "register"), ("style", "style"), ("length", "length"),
    ("locale", "locale-violation"), ("legal", "legal"), ("accuracy", "mistranslation"),
    ("fluency", "grammar"),
)
_XML_CHAR = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def its_type(issue: Issue) -> str:
    """The ITS locQualityIssueType for an issue, from its MQM category, else its check id."""
    parts = [p.strip().lower() for p in issue.category.split("/") if p.strip()]
    for part in list(reversed(parts)) + [issue.check.lower()]:
        for key, value in _ITS_TYPES:
            if key in part:
                return value
    return "other"


def its_comment(issue: Issue) -> str:
    text = issue.message.strip() or issue.check
    if issue.side == "source" and issue.text:
        text = f"[source: {issue.text}] {text}"
    if issue.suggestions:
        text += " Suggestion: " + " | ".join(issue.suggestions[:3])
    return " ".join(text.split())


def its_attributes(issue: Issue) -> dict[str, str]:
    """An issue as ITS 2.0 LQI attributes; an ignored one (``its_enabled`` False) is disabled."""
    attrib = {f"{{{ITS}}}locQualityIssueType": its_type(issue),
              f"{{{ITS}}}locQualityIssueComment": its_comment(issue),
              f"{{{ITS}}}locQualityIssueSeverity": SEVERITY_SCORE.get(issue.severity, "50")}
    if getattr(issue, "its_enabled", True) is False:
        attrib[f"{{{ITS}}}locQualityIssueEnabled"] = "no"
    return attrib


@dataclass
class Mark:
    """One issue span to wrap in the target: [start, end) of its plain text."""

    start: int
    end: int
    attrib: dict[str, str]
    pieces: list = field(default_factory=list)


def marks_for(issues: list[Issue], length: int) -> list[Mark]:
    """Issue spans clipped to the target; source-side issues become empty marks at offset 0."""
    marks = []
    for issue in issues:
        if issue.side != "target":
            start = end = 0
        else:
            start = max(0, min(issue.start, length))
            end = max(start, min(issue.end, length))
        marks.append(Mark(start, end, its_attributes(issue)))
    return marks


def issues_by_segment(issues) -> dict[str, list[Issue]]:
    """Issues to annotate, by segment; the file's own problems (check "file") are not the translation's."""
    grouped: dict[str, list[Issue]] = {}
    for issue in issues or ():
        if issue.check != "file":
            grouped.setdefault(issue.segment, []).append(issue)
    return grouped


# ---------------------------------------------------------------- reading


_LOCAL_NAMES: dict = {}


def _local(tag) -> str:
    """Local name of a tag, cached (comments and PIs have callable tags: '')."""
    name = _LOCAL_NAMES.get(tag)
    if name is None:
        name = tag.rpartition("}")[2] if isinstance(tag, str) else ""
        _LOCAL_NAMES[tag] = name
    return name


@contextlib.contextmanager
def paused_gc():
    """Reading builds many small objects that hold no cycles: the cyclic GC only costs time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def quality_mark(element, start: int, end: int) -> QualityMark | None:
    """The ITS localization-quality-issue mark an element is (a mrk with its:locQualityIssue*), else None."""
    attrib = element.attrib
    if not any(key.startswith(_LQI) for key in attrib):
        return None
    return QualityMark(start, end, attrib.get(_LQI + "Type", ""), attrib.get(_LQI + "Comment", ""),
                       attrib.get(_LQI + "Severity", ""), attrib.get(_LQI + "Enabled", "yes") != "no")


_LQI = f"{{{ITS}}}locQualityIssue"


def extract(container, fmt: str, paired: frozenset, char_code: str = "", marks: list | None = None) -> Content:
    """Plain text and codes of a source/target (or mrk segment) element.

    ``paired`` element names (g, mrk / pc, mrk) open and close around their text;
    every other child element is a standalone code whose inner text is not
    part of the plain text, except ``char_code`` (2.x cp) which becomes its character.
    With ``marks`` (a list), ITS quality-issue marks are no codes: their text is the segment's
    and each goes into ``marks`` as a :class:`QualityMark` (what qa-desk's exports carry).
    """
    if not len(container):
        return Content(container.text or "", [])
    text: list[str] = []
    codes: list[Code] = []
    length = 0

    def walk(element):
        nonlocal length
        if element.text:
            text.append(element.text)
            length += len(element.text)
        for child in element:
            name = _local(child.tag)
            if name and name == char_code:
                try:
                    char = chr(int(child.get("hex", ""), 16))
                except ValueError:
                    char = "\ufffd"
                text.append(char)
                length += 1
            elif marks is not None and name == "mrk" and any(k.startswith(_LQI) for k in child.attrib):
                start = length
                walk(child)
                marks.append(quality_mark(child, start, length))
            elif name in paired:
                native = {"fmt": fmt, "el": child}
                ident = child.get("id", "")
                codes.append(Code(OPEN, length, ident, name, native))
                walk(child)
                codes.append(Code(CLOSE, length, ident, name, native))
            elif name:
                ident = child.get("id") or child.get("startRef") or ""  # 2.x ec/em pair by startRef
                codes.append(Code(STANDALONE, length, ident, name, {"fmt": fmt, "el": child}))
            else:
                label = "comment" if isinstance(child, etree._Comment) else "pi"
                codes.append(Code(STANDALONE, length, "", label, {"fmt": fmt, "el": child}))
            if child.tail:
                text.append(child.tail)
                length += len(child.tail)

    walk(container)
    return Content("".join(text), codes)


def notes_of(elements) -> list[str]:
    return [" ".join((n.text or "").split()) for n in elements if (n.text or "").strip()]


# ---------------------------------------------------------------- writing


def matched_pairs(codes: list[Code]) -> set[int]:
    """Indexes of OPEN/CLOSE codes that pair up properly nested (same name and id)."""
    ok: set[int] = set()
    stack: list[int] = []
    for index, code in enumerate(codes):
        if code.kind == OPEN:
            stack.append(index)
        elif code.kind == CLOSE:
            for depth in range(len(stack) - 1, -1, -1):
                opener = codes[stack[depth]]
                if opener.name == code.name and opener.id == code.id:
                    if depth == len(stack) - 1:
                        ok.update((stack[depth], index))
                    del stack[depth:]
                    break
    return ok


class Builder:
    """Rebuilds an element's children; issue marks split around codes, codes never split."""

    def __init__(self, root, make_mark):
        self.stack = [(root, None)]  # (element, mark or None)
        self.make_mark = make_mark  # Mark -> new empty element

    @property
    def current(self):
        return self.stack[-1][0]

    def text(self, chunk: str) -> None:
        if not chunk:
            return
        element = self.current
        if len(element):
            element[-1].tail = (element[-1].tail or "") + chunk
        else:
            element.text = (element.text or "") + chunk

    def append(self, element) -> None:
        element.tail = None
        self.current.append(element)

    def _suspend_marks(self) -> list[Mark]:
        suspended = []
        while self.stack[-1][1] is not None:
            suspended.append(self.stack.pop()[1])
        return suspended

    def _resume(self, marks: list[Mark]) -> None:
        for mark in reversed(marks):
            self.open_mark(mark)

    def open_code(self, element) -> None:
        suspended = self._suspend_marks()
        self.append(element)
        self.stack.append((element, None))
        self._resume(suspended)

    def close_code(self) -> None:
        suspended = self._suspend_marks()
        if len(self.stack) > 1:
            self.stack.pop()
        self._resume(suspended)

    def standalone(self, element) -> None:
        self.append(element)

    def open_mark(self, mark: Mark) -> None:
        element = self.make_mark(mark)
        mark.pieces.append(element)
        self.append(element)
        self.stack.append((element, mark))

    def close_mark(self, mark: Mark) -> None:
        above = []
        while self.stack[-1][1] is not None and self.stack[-1][1] is not mark:
            above.append(self.stack.pop()[1])
        if self.stack[-1][1] is mark:
            self.stack.pop()
        self._resume(above)

    def empty_mark(self, mark: Mark) -> None:
        element = self.make_mark(mark)
        mark.pieces.append(element)
        self.append(element)


def fill(element, content: Content, marks: list[Mark], render_code, make_mark, render_text=None) -> None:
    """Replace ``element``'s children with ``content`` plus issue ``marks``.

    ``render_code(code, index, matched) -> (action, element)`` with action
    "open", "close" or "standalone" (close takes no element); ``render_text``
    may turn characters that XML cannot hold into elements (2.x cp).
    """
    for child in list(element):
        element.remove(child)
    element.text = None
    matched = matched_pairs(content.codes)
    events = []  # (pos, rank, order, kind, payload): ends, then codes, then starts
    for index, code in enumerate(content.codes):
        events.append((code.pos, 1, index, "code", index))
    for order, mark in enumerate(marks):
        if mark.start == mark.end:
            events.append((mark.start, 2, order, "empty", mark))
        else:
            events.append((mark.start, 2, order, "start", mark))
            events.append((mark.end, 0, -order, "end", mark))
    events.sort(key=lambda e: e[:3])
    builder = Builder(element, make_mark)
    last = 0
    for pos, _rank, _order, kind, payload in events:
        _emit_text(builder, content.text[last:pos], render_text)
        last = max(last, pos)
        if kind == "code":
            action, new = render_code(content.codes[payload], payload, payload in matched)
            if action == "open":
                builder.open_code(new)
            elif action == "close":
                builder.close_code()
            elif new is not None:
                builder.standalone(new)
        elif kind == "start":
            builder.open_mark(payload)
        elif kind == "end":
            builder.close_mark(payload)
        else:
            builder.empty_mark(payload)
    _emit_text(builder, content.text[last:], render_text)


def _emit_text(builder: Builder, chunk: str, render_text) -> None:
    if not chunk:
        return
    if not _XML_CHAR.search(chunk):
        builder.text(chunk)
        return
    last = 0
    for match in _XML_CHAR.finditer(chunk):
        builder.text(chunk[last:match.start()])
        if render_text is not None:
            builder.standalone(render_text(match.group(0)))
        last = match.end()
    builder.text(chunk[last:])


def shell_copy(element):
    """A copy of an inline element without children, text or tail (for paired codes)."""
    new = etree.Element(element.tag, attrib=dict(element.attrib), nsmap=element.nsmap)
    return new


def full_copy(element):
    new = copy.deepcopy(element)
    new.tail = None
    return new


def copy_with_map(tree, wanted):
    """Deep copy of ``tree`` plus a map from the wanted original elements to their copies."""
    clone = copy.deepcopy(tree)
    wanted = set(wanted)
    mapping = {}
    if wanted:
        for original, twin in zip(tree.getroot().iter(), clone.getroot().iter()):
            if original in wanted:
                mapping[original] = twin
    return clone, mapping


def unique_id(base: str, used: set[str]) -> str:
    """``base`` if free, else base-2, base-3...; records the result in ``used``."""
    candidate, n = base, 1
    while candidate in used:
        n += 1
        candidate = f"{base}-{n}"
    used.add(candidate)
    return candidate


def unit_key(base: str, file_number: int, used: set[str], in_file: set[str]) -> str:
    """A document-wide unique key for a unit: its id; f2:id when an earlier file has it; id-2 when
    its own file repeats it (the file issue names the duplicate)."""
    key = base if base not in used or base in in_file else f"f{file_number}:{base}"
    in_file.add(base)
    return unique_id(key, used)


def file_name_attr(path: str, fallback: str = "") -> str:
    """A file's base name for an ``original`` attribute; characters XML cannot hold become %XX."""
    name = os.path.basename(path or "") or fallback
    return _XML_CHAR.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8", "surrogateescape")),
                         name)


def nmtoken(value: str, fallback: str) -> str:
    token = re.sub(r"[^\w.\-:]", "_", value or "")
    return token or fallback


def group_units(segments) -> list[list]:
    """Consecutive segments of the same paragraph go into one unit."""
    units: list[list] = []
    for seg in segments:
        if units and units[-1][0].paragraph == seg.paragraph:
            units[-1].append(seg)
        else:
            units.append([seg])
    return units

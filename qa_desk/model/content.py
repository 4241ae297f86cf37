"""Text with inline codes: the plain text checks read, and the markup writers need.

A side of a segment (source or target) is a :class:`Content`: the plain text
plus a list of :class:`Code` anchored at character offsets of that text.
Formats fill ``Code.native`` with whatever they need to write the code back
(for XLIFF, the element's tag, attributes and, for codes with content, the
serialized element). Checks only ever see ``text``.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from typing import Any

OPEN = "open"
CLOSE = "close"
STANDALONE = "standalone"


@dataclass
class Code:
    """One inline code sitting between two characters of the plain text."""

    kind: str  # OPEN, CLOSE or STANDALONE
    pos: int  # offset into Content.text where the code sits
    id: str = ""
    name: str = ""  # element name in its format: g, x, ph, pc, sc, mrk...
    native: Any = None  # what the format needs to write it back

    def label(self) -> str:
        """A short visible token such as ``<g1>``, ``</g1>`` or ``<x2/>``."""
        ident = f"{self.name}{self.id}"
        if self.kind == OPEN:
            return f"<{ident}>"
        if self.kind == CLOSE:
            return f"</{ident}>"
        return f"<{ident}/>"


def _code_pos(code) -> int:
    return code.pos


@dataclass
class Content:
    """Plain text plus inline codes, with offsets mapping both ways."""

    text: str = ""
    codes: list[Code] = field(default_factory=list)

    def __post_init__(self) -> None:
        if len(self.codes) > 1:  # most segments have no code: no sort (a bulk change makes 100,000 of these)
            self.codes.sort(key=_code_pos)  # stable: keeps document order at equal pos

    def copy(self) -> "Content":
        if not self.codes:
            return Content(self.text, [])
        return Content(self.text, [Code(c.kind, c.pos, c.id, c.name, c.native) if type(c) is Code else replace(c)
                                   for c in self.codes])

    def markup(self) -> str:
        """The text with each code shown as its label, in document order."""
        out, last = [], 0
        for code in self.codes:
            out.append(self.text[last:code.pos])
            out.append(code.label())
            last = code.pos
        out.append(self.text[last:])
        return "".join(out)

    def plain_to_markup(self, offset: int) -> int:
        """Offset in ``text`` -> offset in ``markup()`` (codes at ``offset`` come before it)."""
        shift = sum(len(c.label()) for c in self.codes if c.pos <= offset)
        return offset + shift

    def markup_to_plain(self, offset: int) -> int:
        """Offset in ``markup()`` -> offset in ``text``; inside a label maps to the code's position."""
        consumed = 0  # markup characters used so far
        last = 0
        for code in self.codes:
            plain_chunk = code.pos - last
            if offset <= consumed + plain_chunk:
                return last + (offset - consumed)
            consumed += plain_chunk
            if offset < consumed + len(code.label()):
                return code.pos
            consumed += len(code.label())
            last = code.pos
        return min(len(self.text), last + (offset - consumed))

    def replace_span(self, start: int, end: int, new: str) -> "Content":
        """A new Content with text[start:end] replaced; codes keep their place.

        Codes strictly inside the replaced span all move to the end of the new text, in
        their order, so no code is ever lost and well-nested pairs stay well nested.
        """
        if not (0 <= start <= end <= len(self.text)):
            raise ValueError(f"span {start}-{end} outside text of length {len(self.text)}")
        delta = len(new) - (end - start)
        codes = []
        for code in self.codes:
            pos = code.pos
            if pos > end or (pos == end and end > start):
                pos += delta
            elif start < pos < end:
                pos = start + len(new)
            codes.append(replace(code, pos=pos))
        return Content(self.text[:start] + new + self.text[end:], codes)

    def replace_words(self, start: int, end: int, new: str) -> "Content":
        """Like :meth:`replace_span`, but only the words that change are replaced, so a code
        between two words of a suggestion ("Son <x/>père" -> "Sa <x/>mère") keeps its place."""
        old = self.text[start:end]
        old_parts, new_parts = re.split(r"(\s+)", old), re.split(r"(\s+)", new)
        if len(old_parts) != len(new_parts) or old_parts[1::2] != new_parts[1::2]:
            # different shapes: replace only what lies between the common prefix and suffix
            head = len(os.path.commonprefix([old, new]))
            tail = len(os.path.commonprefix([old[head:][::-1], new[head:][::-1]]))
            return self.replace_span(start + head, end - tail, new[head:len(new) - tail])
        content, offset = self, start
        spans = []
        for old_part, new_part in zip(old_parts, new_parts):
            if old_part != new_part:
                spans.append((offset, offset + len(old_part), new_part))
            offset += len(old_part)
        for part_start, part_end, part in reversed(spans):  # from the end: earlier offsets stay valid
            content = content.replace_span(part_start, part_end, part)
        return content

    def paired_ok(self) -> bool:
        """True when every open code has its close, properly nested."""
        stack = []
        for code in self.codes:
            if code.kind == OPEN:
                stack.append(code.id)
            elif code.kind == CLOSE:
                if not stack or stack.pop() != code.id:
                    return False
        return not stack

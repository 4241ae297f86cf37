"""A small SRX 2.0 reader and engine, so users can bring their own segmentation rules.

SRX is the industry's exchange format for sentence-break rules (LISA, 2008):
``<languagerule>`` groups of ``<rule break="yes|no">`` with a ``beforebreak``
and an ``afterbreak`` regex, chosen by ``<languagemap languagepattern=...>``.
At each position the first rule (in order) whose beforebreak matches just
before it and whose afterbreak matches just after it decides; no rule, no
break. With ``cascade="yes"`` the rules of every matching map apply, in map
order; otherwise only the first matching map's.

Regexes are Java's flavour; the ``regex`` module runs nearly all of it
(``\\p{Lu}``, possessive quantifiers) and allows variable-length lookbehind,
which lets us test a beforebreak as a lookbehind.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex
from lxml import etree

from ..errors import InputError


_JAVA_CLASSES = {"javaLowerCase": "Ll", "javaUpperCase": "Lu", "javaTitleCase": "Lt",
                 "javaLetter": "L", "javaDigit": "Nd", "javaWhitespace": "White_Space",
                 "javaLetterOrDigit": "Alnum", "javaAlphabetic": "Alphabetic"}


def java_to_python(pattern: str) -> str:
    """The few Java regex spellings the regex module lacks: \\Q...\\E quoting, \\p{javaX} classes."""
    pattern = regex.sub(r"\\Q(.*?)(?:\\E|$)", lambda m: regex.escape(m.group(1)), pattern,
                        flags=regex.DOTALL)
    return regex.sub(r"\\p\{(java\w+)\}", lambda m: "\\p{%s}" % _JAVA_CLASSES.get(m.group(1), m.group(1)),
                     pattern)


@dataclass(frozen=True)
class Rule:
    brk: bool
    before: str
    after: str

    def compile(self) -> "regex.Pattern":
        # VERSION1: Java-like nested classes and && intersections inside [...]
        before = f"(?<={java_to_python(self.before)})" if self.before else ""
        after = f"(?={java_to_python(self.after)})" if self.after else ""
        return regex.compile(before + after, flags=regex.VERSION1)


@dataclass
class SrxDocument:
    """Parsed SRX: named rule lists and the language maps that pick them."""

    cascade: bool = True
    languagerules: dict[str, list[Rule]] = field(default_factory=dict)
    maprules: list[tuple[str, str]] = field(default_factory=list)  # (pattern, rule name)

    def rules_for(self, lang: str) -> list[Rule]:
        rules: list[Rule] = []
        for pattern, name in self.maprules:
            if regex.fullmatch(pattern, lang, flags=regex.IGNORECASE):
                rules.extend(self.languagerules.get(name, []))
                if not self.cascade:
                    break
        return rules


def _local(tag) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _children(node, name: str):
    return [c for c in node if _local(c.tag) == name]


def parse_srx(path: str) -> SrxDocument:
    """Read an SRX 1.0/2.0 file; InputError if unreadable, not SRX, or a regex is invalid."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                             load_dtd=False, remove_comments=True)
    try:
        root = etree.parse(str(path), parser).getroot()
    except OSError as exc:
        raise InputError(f"cannot read SRX file: {exc.strerror or exc}", str(path)) from None
    except etree.XMLSyntaxError as exc:
        raise InputError(f"not well-formed XML: {exc.msg}", str(path), exc.lineno) from None
    if _local(root.tag) != "srx":
        raise InputError(f"not an SRX file (root element is <{_local(root.tag)}>)", str(path),
                         root.sourceline)
    doc = SrxDocument()
    for header in _children(root, "header"):
        doc.cascade = header.get("cascade", "yes").strip().lower() == "yes"
    for body in _children(root, "body"):
        for group in _children(body, "languagerules"):
            for lrule in _children(group, "languagerule"):
                name = lrule.get("languagerulename", "")
                doc.languagerules.setdefault(name, []).extend(_read_rules(lrule, path))
        for group in _children(body, "maprules"):
            # SRX 2.0 puts languagemaps right here; SRX 1.0 wraps them in <maprule>
            for lmap in (n for n in group.iter() if _local(n.tag) == "languagemap"):
                pattern = lmap.get("languagepattern", "")
                _check_regex(pattern, path, lmap.sourceline)
                doc.maprules.append((pattern, lmap.get("languagerulename", "")))
    if not doc.maprules:
        raise InputError("SRX file has no <languagemap>", str(path), root.sourceline)
    return doc


def _read_rules(lrule, path) -> list[Rule]:
    rules = []
    for node in _children(lrule, "rule"):
        before = "".join(n.text or "" for n in _children(node, "beforebreak"))
        after = "".join(n.text or "" for n in _children(node, "afterbreak"))
        rule = Rule(node.get("break", "yes").strip().lower() != "no", before, after)
        try:
            rule.compile()
        except regex.error as exc:
            raise InputError(f"invalid regex in SRX rule: {exc}", str(path), node.sourceline) from None
        rules.append(rule)
    return rules


def _check_regex(pattern: str, path, line) -> None:
    try:
        regex.compile(pattern)
    except regex.error as exc:
        raise InputError(f"invalid languagepattern: {exc}", str(path), line) from None


# In a paragraph longer than _LONG characters, no-break rules see only _WINDOW characters
# each side of a candidate break: an unbounded lookbehind such as the quote-parity rule
# ("^[^"]*"...") would otherwise rescan the paragraph at every break (quadratic time).
_LONG = 20_000
_WINDOW = 1_000


class SrxEngine:
    """Break positions for one language's rule list (patterns compiled once)."""

    def __init__(self, rules: list[Rule]):
        self.rules = rules
        self.patterns = [r.compile() for r in rules]
        self._breakers = [(i, p) for i, (r, p) in enumerate(zip(rules, self.patterns)) if r.brk]
        self._vetoes = [(i, p) for i, (r, p) in enumerate(zip(rules, self.patterns)) if not r.brk]

    def breaks(self, text: str) -> list[int]:
        """Offsets strictly inside ``text`` where a break rule wins."""
        first_break: dict[int, int] = {}
        end = len(text)
        for idx, pattern in self._breakers:
            for match in pattern.finditer(text, overlapped=True):
                pos = match.start()
                if 0 < pos < end and pos not in first_break:
                    first_break[pos] = idx
        out = []
        long_text = end > _LONG
        for pos in sorted(first_break):
            limit = first_break[pos]
            view, at = text, pos
            if long_text:
                lo = max(0, pos - _WINDOW)
                view, at = text[lo:pos + _WINDOW], pos - lo
            for idx, pattern in self._vetoes:
                if idx > limit:
                    out.append(pos)
                    break
                if pattern.match(view, at):
                    break
            else:
                out.append(pos)
        return out

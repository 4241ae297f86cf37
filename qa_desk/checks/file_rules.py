"""The file's own problems: rules of its format (schema, constraints) that it breaks.

Readers go on past a broken rule (a CAT tool's file is read as it is); this check turns what they
found into issues, so a translator sees them in the report with the rule and the line, before
the file goes back to the tool that may refuse it.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from .registry import CheckContext, register_check

PER_RULE = 5  # issues shown per rule; the rest are counted in the last one


def _unit_lines(doc) -> tuple[list[int], list]:
    """Start line of each unit and its first segment, in line order (for placing a problem)."""
    rows = {}
    for seg in doc.segments:
        native = seg.native if isinstance(seg.native, dict) else {}
        unit = native.get("unit")
        line = getattr(unit, "sourceline", None)
        if line and line not in rows:
            rows[line] = seg
    lines = sorted(rows)
    return lines, [rows[n] for n in lines]


@register_check("file", category="File/Format", severity="minor")
def file_rules(ctx: CheckContext):
    """The file breaks a rule of its format (XLIFF schema or constraint), with the rule and the line.

    Example: a Trados file whose two trans-units share id "12" reads and checks as usual, and this
    check reports "[unique-unit-id] duplicate unit id '12'" at line 40: the tool that made the file
    may refuse it back. A warning of the specification (advice, not a rule) is info.
    """
    doc = ctx.document
    if not doc.problems or not doc.segments:
        return
    lines, owners = _unit_lines(doc)
    counts = Counter(p.rule for p in doc.problems)
    shown: Counter = Counter()
    for problem in doc.problems:
        shown[problem.rule] += 1
        if shown[problem.rule] > PER_RULE:
            continue
        message = problem.message
        if shown[problem.rule] == PER_RULE and counts[problem.rule] > PER_RULE:
            message += f" (and {counts[problem.rule] - PER_RULE} more like it)"
        index = bisect_right(lines, problem.line or 0) - 1
        segment = owners[index] if index >= 0 else doc.segments[0]
        severity = "info" if problem.severity == "warning" else None
        yield ctx.issue("file", segment, 0, 0, message, side="source", severity=severity,
                        rule=problem.rule, line=problem.line or 0)

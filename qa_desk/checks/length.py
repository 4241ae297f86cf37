"""Length outliers: a target much longer or shorter than the document's own habit.

French runs longer than English by a steady ratio within one document; a segment
far outside it (robust z-score on the log ratio, median and MAD) often hides an
omission or an addition inside a sentence.
"""
from __future__ import annotations

import math
from statistics import median

from .registry import CheckContext, register_check

MIN_CHARS = 40  # shorter segments vary too much to judge
MIN_DIFFERENCE = 40  # characters away from the expected length
Z_LIMIT = 3.5
MIN_SEGMENTS = 5  # below this the document has no habit to compare with


def _ratios(segments):
    out = []
    for seg in segments:
        src, tgt = len(seg.source.text.strip()), len(seg.target_text.strip())
        if src >= MIN_CHARS and tgt:
            out.append((seg, src, tgt, math.log(tgt / src)))
    return out


@register_check("length", category="Accuracy/Omission", severity="minor")
def length(ctx: CheckContext):
    """Target far longer or shorter than the document's usual target/source ratio.

    Example: the document's French runs about 1.15 times the English; one
    120-character English sentence has a 45-character French target: flagged
    (the translation may have dropped a clause). Short segments are not judged.
    """
    rows = _ratios(ctx.document.segments)
    if len(rows) < MIN_SEGMENTS:
        return
    logs = [r[3] for r in rows]
    centre = median(logs)
    mad = median(abs(x - centre) for x in logs) * 1.4826
    spread = max(mad, 0.08)  # a very regular document must not flag ordinary variation
    ratio = math.exp(centre)
    for seg, src, tgt, value in rows:
        z = (value - centre) / spread
        expected = src * ratio
        if abs(z) > Z_LIMIT and abs(tgt - expected) >= MIN_DIFFERENCE:
            way = "shorter" if z < 0 else "longer"
            yield ctx.issue("length", seg, 0, len(seg.target_text),
                            f"The translation is much {way} than usual for this document "
                            f"({tgt} characters for {src}; about {expected:.0f} expected at this document's "
                            f"ratio {ratio:.2f}): check for an omission or an addition.")

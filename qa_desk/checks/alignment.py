"""Omissions and additions found by the aligner."""
from __future__ import annotations

from .registry import CheckContext, register_check


@register_check("omission", category="Accuracy/Omission", severity="critical", scope="segment")
def omission(ctx: CheckContext):
    """Source sentence with no translation.

    Example: the English lead "GENEVA, Jan 10 - Talks in Geneva..." has no
    French counterpart: the whole source sentence is flagged (offsets into the source).
    """
    for seg in ctx.document.segments:
        if seg.source.text.strip() and not seg.target_text.strip():
            yield ctx.issue("omission", seg, 0, len(seg.source.text),
                            "No translation: this source sentence is missing from the target.",
                            side="source")


@register_check("addition", category="Accuracy/Addition", severity="major", scope="segment")
def addition(ctx: CheckContext):
    """Target sentence with no source.

    Example: a French sentence "Selon nos informations, il démissionnera." that
    matches nothing in the English is flagged as an addition.
    """
    for seg in ctx.document.segments:
        if seg.target_text.strip() and not seg.source.text.strip():
            yield ctx.issue("addition", seg, 0, len(seg.target_text),
                            "Added text: this target sentence has no counterpart in the source.")


LOW_CONFIDENCE = 0.4  # below it, about a third of the dev novels' links are wrong (bench/RESULTS-align.md)


@register_check("alignment", category="Accuracy/Mistranslation", severity="info", scope="segment")
def alignment(ctx: CheckContext):
    """Source and target that the aligner linked with low confidence: check they match.

    Example: an English sentence linked to two French ones whose lengths and words
    agree poorly (confidence 0.31) is flagged, so the editor looks there first and
    merges, splits or re-links the segments if the link is wrong.
    """
    threshold = float(ctx.settings.get("alignment_confidence", LOW_CONFIDENCE))
    for seg in ctx.document.segments:
        if seg.source.text.strip() and seg.target_text.strip() and seg.confidence < threshold:
            yield ctx.issue("alignment", seg, 0, len(seg.target_text),
                            f"Uncertain alignment ({seg.link}, confidence {seg.confidence:.2f}): "
                            "check that this target translates this source.")

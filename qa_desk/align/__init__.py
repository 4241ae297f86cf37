"""Sentence segmentation (SRX rules) and bilingual alignment of plain texts.

``align_texts(src_raw, tgt_raw)`` is the entry point: paragraphs, then
sentences, each aligned with Gale-Church lengths plus cross-language anchors;
figures in bench/RESULTS-align.md.
"""
from .aligner import Link, align
from .document import AlignedPair, align_texts
from .paragraphs import split_paragraphs
from .segmenter import Segmenter, get_segmenter

__all__ = ["AlignedPair", "Link", "Segmenter", "align", "align_texts", "get_segmenter",
           "split_paragraphs"]

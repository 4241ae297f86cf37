"""Align two raw texts: paragraphs first, then sentences inside each paragraph group.

Aligning paragraphs first keeps a dropped or added paragraph from dragging
the sentence alignment off course, and keeps each sentence DP small.
Every offset points into the raw texts, so fixes can be written back in place.
"""
from __future__ import annotations

from dataclasses import dataclass

from .aligner import PARAGRAPH, SENTENCE, Link, align_features
from .features import item_features, merge_features
from .paragraphs import split_paragraphs
from .segmenter import get_segmenter


@dataclass(frozen=True)
class AlignedPair:
    src_start: int
    src_end: int
    tgt_start: int
    tgt_end: int  # an empty side has start == end, placed after the previous pair's text
    paragraph: int  # target paragraph index (source paragraph index for an omission)
    link: str  # "1-1", "2-1", "1-2", "2-2", "1-3", "3-1", "1-0", "0-1"
    confidence: float


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    paragraph: int


def _segment(raw: str, paragraphs: list[tuple[int, int]], segmenter, lang: str):
    """Sentences of each paragraph, their features, and the paragraphs' features."""
    sentences: list[list[_Sentence]] = []
    features: list[list] = []
    para_features = []
    for p, (start, end) in enumerate(paragraphs):
        sents = [_Sentence(start + a, start + b, p) for a, b in segmenter.split(raw[start:end])]
        feats = [item_features(raw[s.start:s.end], lang) for s in sents]
        sentences.append(sents)
        features.append(feats)
        para_features.append(merge_features(feats, end - start))
    return sentences, features, para_features


def align_texts(src_raw: str, tgt_raw: str, src_lang: str = "en", tgt_lang: str = "fr",
                srx_path: str | None = None) -> list[AlignedPair]:
    """Sentence pairs of two raw texts, in order, every sentence of both sides exactly once."""
    src_sents, src_feats, src_pf = _segment(src_raw, split_paragraphs(src_raw),
                                            get_segmenter(src_lang, srx_path), src_lang)
    tgt_sents, tgt_feats, tgt_pf = _segment(tgt_raw, split_paragraphs(tgt_raw),
                                            get_segmenter(tgt_lang, srx_path), tgt_lang)
    raw_pairs: list[tuple[list[_Sentence], list[_Sentence], str, float]] = []
    para_links = align_features(src_pf, tgt_pf, PARAGRAPH, chrf_confidence=False)
    ones = [(link.src[0], link.tgt[0]) for link in para_links if link.kind == "1-1"]
    len_s = sum(src_pf[i].length for i, _ in ones)
    ratio = sum(tgt_pf[j].length for _, j in ones) / len_s if len_s else 0.0
    for plink in para_links:
        s_sents = [s for p in plink.src for s in src_sents[p]]
        t_sents = [t for p in plink.tgt for t in tgt_sents[p]]
        if not plink.src or not plink.tgt:
            raw_pairs.extend(([s], [], "1-0", plink.score) for s in s_sents)
            raw_pairs.extend(([], [t], "0-1", plink.score) for t in t_sents)
            continue
        links = align_features([f for p in plink.src for f in src_feats[p]],
                               [f for p in plink.tgt for f in tgt_feats[p]], SENTENCE,
                               ratio_hint=ratio)
        for link in links:
            conf = (link.score * plink.score) ** 0.5
            raw_pairs.append(([s_sents[i] for i in link.src], [t_sents[j] for j in link.tgt],
                              link.kind, conf))
    return _place(raw_pairs)


def _place(raw_pairs) -> list[AlignedPair]:
    """Offsets for each pair; an empty side sits where the previous pair's text ended."""
    next_src = [0] * (len(raw_pairs) + 1)
    next_tgt = [0] * (len(raw_pairs) + 1)
    for k in range(len(raw_pairs) - 1, -1, -1):  # start of the next non-empty side, for leading gaps
        src, tgt, _, _ = raw_pairs[k]
        next_src[k] = src[0].start if src else next_src[k + 1]
        next_tgt[k] = tgt[0].start if tgt else next_tgt[k + 1]
    pairs = []
    last_src = last_tgt = None
    for k, (src, tgt, kind, conf) in enumerate(raw_pairs):
        s0, s1 = (src[0].start, src[-1].end) if src else ((last_src,) * 2 if last_src is not None
                                                          else (next_src[k],) * 2)
        t0, t1 = (tgt[0].start, tgt[-1].end) if tgt else ((last_tgt,) * 2 if last_tgt is not None
                                                          else (next_tgt[k],) * 2)
        paragraph = tgt[0].paragraph if tgt else src[0].paragraph
        pairs.append(AlignedPair(s0, s1, t0, t1, paragraph, kind, round(conf, 4)))
        last_src, last_tgt = s1, t1
    return pairs


__all__ = ["AlignedPair", "Link", "align_texts"]

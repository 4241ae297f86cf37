"""Align two raw texts: paragraphs first, then sentences inside each paragraph group.

Aligning paragraphs first keeps a dropped or added paragraph from dragging
the sentence alignment off course, and keeps each sentence DP small. A
paragraph boundary is not a wall, though: translators move a sentence into
the next paragraph, so where a merge or a null link touches the boundary
between two paragraph links, the sentences around it are aligned again as
one group with a cost per unmatched boundary (``_repair``).
Every offset points into the raw texts, so fixes can be written back in place.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from .aligner import PARAGRAPH, REALIGN_MIN, SENTENCE, Link, align_features
from .features import ItemFeatures, item_features, merge_features
from .lexical import default_lexicon, learn_pairs, lexical_lang
from .paragraphs import split_paragraphs
from .segmenter import get_segmenter
from .verify import VERIFY, TranslationScore, verify_links

VERIFY_LINKS = True  # paragraph links checked with a translation score (verify.py)


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
    raw_pairs = [([src_sents[p][k] for p, k in src], [tgt_sents[p][k] for p, k in tgt], kind, conf)
                 for src, tgt, kind, conf in align_paragraphs(src_feats, src_pf, tgt_feats, tgt_pf,
                                                              (src_lang, tgt_lang))]
    return _place(raw_pairs)


Ids = list[tuple[int, int]]  # (paragraph, sentence) of each sentence of one side of a link


def align_paragraphs(src_feats: list[list[ItemFeatures]], src_pf: list[ItemFeatures],
                     tgt_feats: list[list[ItemFeatures]], tgt_pf: list[ItemFeatures],
                     langs: tuple[str, str] | None = None) -> list[tuple[Ids, Ids, str, float]]:
    """Sentence links of two texts cut into paragraphs: paragraphs first, then sentences inside.

    ``src_feats[p]`` are the features of paragraph p's sentences, ``src_pf[p]`` the paragraph's.
    With ``langs`` (English-French), word pairs learnt from the first pass's 1-1 paragraph links
    are added to the word table (learn_from_paragraphs); the paragraphs are aligned again with them
    (``PARAGRAPH.realign``) and the sentences use them too. The paragraph links are then checked with
    a translation score (``verify.verify_links``): a link neither side of which translates the other
    is undone, and an omission beside the addition it translates is linked.
    """
    para_params = replace(PARAGRAPH, realign=False)  # the document's word pairs are learnt here, once
    para_links = align_features(src_pf, tgt_pf, para_params, chrf_confidence=False)
    lexicon = None
    if langs is not None and (SENTENCE.realign or PARAGRAPH.realign):
        ones = [(link.src[0], link.tgt[0]) for link in para_links if link.kind == "1-1"]
        lexicon = _document_lexicon(ones, src_pf, tgt_pf, langs)
        if lexicon is not None:
            src_feats, src_pf, tgt_feats, tgt_pf = _relearnt_features(lexicon, src_feats, src_pf, tgt_feats,
                                                                      tgt_pf, langs)
            if PARAGRAPH.realign:  # the paragraphs aligned again with them (hunalign's -realign)
                para_links = align_features(src_pf, tgt_pf, para_params, chrf_confidence=False)
    if VERIFY_LINKS and langs is not None and min(len(src_pf), len(tgt_pf)) >= REALIGN_MIN \
            and {lexical_lang(lang) for lang in langs} == {"en", "fr"}:
        para_links = verify_links(para_links, [f.tokens for f in src_pf], [f.tokens for f in tgt_pf],
                                  lexicon or default_lexicon(), lexical_lang(langs[0]) == "en", VERIFY)
    ones = [(link.src[0], link.tgt[0]) for link in para_links if link.kind == "1-1"]
    len_s = sum(src_pf[i].length for i, _ in ones)
    ratio = sum(tgt_pf[j].length for _, j in ones) / len_s if len_s else 0.0
    s_ids = [(p, k) for plink in para_links for p in plink.src for k in range(len(src_feats[p]))]
    t_ids = [(p, k) for plink in para_links for p in plink.tgt for k in range(len(tgt_feats[p]))]
    starts = [(0, 0)]  # cut where each paragraph link's sentences begin, over s_ids and t_ids
    segs: list[list[_Span]] = []  # sentence links of each paragraph link, in order
    for plink in para_links:
        i0, j0 = starts[-1]
        i1 = i0 + sum(len(src_feats[p]) for p in plink.src)
        j1 = j0 + sum(len(tgt_feats[p]) for p in plink.tgt)
        if plink.src and plink.tgt:
            segs.append([_Span(i0 + l.src[0] if l.src else None, len(l.src), j0 + l.tgt[0] if l.tgt else None,
                               len(l.tgt), l.score)
                         for l in _sentences(s_ids[i0:i1], t_ids[j0:j1], src_feats, tgt_feats, ratio)])
        else:
            segs.append([_Span(i, 1, None, 0, 1.0) for i in range(i0, i1)]
                        + [_Span(None, 0, j, 1, 1.0) for j in range(j0, j1)])
        starts.append((i1, j1))
    _fill_positions(segs)
    if SENTENCE.boundary > 0:
        check = _repair_check(langs, lexicon, s_ids, t_ids, src_feats, tgt_feats, src_pf, tgt_pf)
        for k in range(1, len(para_links)):  # neighbours that both pair text; an unpaired paragraph stays so
            if all(para_links[g].src and para_links[g].tgt for g in (k - 1, k)):
                _repair(segs, starts, k, s_ids, t_ids, src_feats, tgt_feats, ratio, check)
    out: list[tuple[Ids, Ids, str, float]] = []
    for g, seg in enumerate(segs):
        plink = para_links[g]
        for span in seg:
            src = [s_ids[i] for i in range(span.i0, span.i0 + span.a)]
            tgt = [t_ids[j] for j in range(span.j0, span.j0 + span.b)]
            score = (span.score * plink.score) ** 0.5 if plink.src and plink.tgt else plink.score
            out.append((src, tgt, f"{span.a}-{span.b}", score))
    return out


@dataclass
class _Span:
    """One sentence link over the flat sentence lists: a source items from i0, b target items from j0."""

    i0: int | None
    a: int
    j0: int | None
    b: int
    score: float


def _fill_positions(segs) -> None:
    """Give the empty side of each span its position (the cut it sits at)."""
    i = j = 0
    for seg in segs:
        for span in seg:
            if span.i0 is None:
                span.i0 = i
            if span.j0 is None:
                span.j0 = j
            i, j = span.i0 + span.a, span.j0 + span.b


def _sentences(s, t, src_feats, tgt_feats, ratio, breaks=None, unless=None) -> list[Link] | None:
    params = SENTENCE if breaks is not None else replace(SENTENCE, boundary=0.0)
    return align_features([src_feats[p][k] for p, k in s], [tgt_feats[p][k] for p, k in t],
                          params, ratio_hint=ratio, breaks=breaks, unless=unless)


REPAIR_LINKS = 4  # sentence links on each side of a paragraph boundary realigned together


def _repair_check(langs, lexicon, s_ids, t_ids, src_feats, tgt_feats, src_pf, tgt_pf):
    """The translation evidence of a run of sentence links (English-French only, else None): the
    sum over its links of the translation score (verify.TranslationScore, a mean per word) times
    the words it is a mean over, so a repair that moves a sentence across a boundary must explain
    the words at least as well as the links it replaces."""
    if VERIFY_LINKS is False or langs is None or {lexical_lang(lang) for lang in langs} != {"en", "fr"}:
        return None
    english = lexical_lang(langs[0]) == "en"
    en_pf, fr_pf = (src_pf, tgt_pf) if english else (tgt_pf, src_pf)
    scorer = TranslationScore(lexicon or default_lexicon(), [f.tokens for f in en_pf], [f.tokens for f in fr_pf],
                              VERIFY.mix, VERIFY.span)

    def evidence(spans) -> float:
        total = 0.0
        for span in spans:
            if not span.a or not span.b:
                continue  # an unlinked sentence is predicted by the document's frequencies: 0
            s = [w for i in range(span.i0, span.i0 + span.a) for w in src_feats[s_ids[i][0]][s_ids[i][1]].tokens]
            t = [w for j in range(span.j0, span.j0 + span.b) for w in tgt_feats[t_ids[j][0]][t_ids[j][1]].tokens]
            total += 0.5 * (len(s) + len(t)) * (scorer.score(s, t) if english else scorer.score(t, s))
        return total
    return evidence


def _repair(segs, starts, k: int, s_ids, t_ids, src_feats, tgt_feats, ratio, check=None) -> None:
    """Realign the last sentence links of paragraph link k - 1 and the first of link k as one group,
    their boundary costed (Params.boundary), not a wall, and put the answer in their place; only
    where a merge or a null link touches the boundary (what a sentence moved across it leaves), and,
    with ``check`` (_repair_check), only when the new links explain the words no worse."""
    before, after = segs[k - 1][-REPAIR_LINKS:], segs[k][:REPAIR_LINKS]
    if not before or not after:
        return
    if all(s.a == 1 and s.b == 1 for s in (before[-1], after[0])):
        return  # two 1-1 links meet at the boundary: nothing was displaced across it
    first = (before[0].i0, before[0].j0)
    last = (after[-1].i0 + after[-1].a, after[-1].j0 + after[-1].b)
    mid = starts[k]
    us, ut = s_ids[first[0]:last[0]], t_ids[first[1]:last[1]]
    if not us or not ut:
        return
    cs, ct = mid[0] - first[0], mid[1] - first[1]
    joint = _sentences(us, ut, src_feats, tgt_feats, ratio,
                       ([i in (0, cs, len(us)) for i in range(len(us) + 1)],
                        [j in (0, ct, len(ut)) for j in range(len(ut) + 1)]),
                       unless=lambda path: any(i0 == cs and j0 == ct for i0, _, j0, _ in path))
    if joint is None:
        return  # the joint answer keeps the boundary: the links stay as aligned apart
    spans, i, j = [], first[0], first[1]
    for link in joint:
        spans.append(_Span(i, len(link.src), j, len(link.tgt), link.score))
        i, j = i + len(link.src), j + len(link.tgt)
    if check is not None and check(spans) < check(before + after):
        return  # the words say the sentences were better where their paragraphs put them
    segs[k - 1] = segs[k - 1][:len(segs[k - 1]) - len(before)]
    segs[k] = segs[k][len(after):]
    head, tail = [], []
    for span in spans:  # each span goes to the paragraph link of its first sentence
        in_prev = (span.a and span.i0 < mid[0]) or (span.b and span.j0 < mid[1])
        (head if in_prev else tail).append(span)
    segs[k - 1].extend(head)
    segs[k][:0] = tail


LEARN_LINKS = 3000  # paragraph links a document teaches the word table from, at most
LEARN_TOKENS = 120  # words a paragraph may have to be a lesson (long ones pair too many words)


def learn_from_paragraphs(ones, src_feats, src_pf, tgt_feats, tgt_pf, langs):
    """Sentence and paragraph features with word anchors from the table plus what the 1-1
    paragraph links teach: (src_feats, src_pf, tgt_feats, tgt_pf), or None when they teach nothing."""
    lexicon = _document_lexicon(ones, src_pf, tgt_pf, langs)
    return None if lexicon is None else _relearnt_features(lexicon, src_feats, src_pf, tgt_feats, tgt_pf, langs)


def _document_lexicon(ones, src_pf, tgt_pf, langs):
    """The word table plus the pairs the 1-1 paragraph links ``ones`` teach, or None."""
    src_lang, tgt_lang = (lexical_lang(lang) for lang in langs)
    if {src_lang, tgt_lang} != {"en", "fr"} or len(ones) < REALIGN_MIN:
        return None
    lessons = [(i, j) for i, j in ones if len(src_pf[i].tokens) <= LEARN_TOKENS
               and len(tgt_pf[j].tokens) <= LEARN_TOKENS]
    step = max(1, len(lessons) // LEARN_LINKS)
    lessons = lessons[::step]
    src_tok, tgt_tok = [src_pf[i].tokens for i, _ in lessons], [tgt_pf[j].tokens for _, j in lessons]
    en_tok, fr_tok = (src_tok, tgt_tok) if src_lang == "en" else (tgt_tok, src_tok)
    learnt = learn_pairs(en_tok, fr_tok, SENTENCE.realign_count, SENTENCE.realign_dice)
    return default_lexicon().extended(learnt) if learnt else None


def _relearnt_features(lexicon, src_feats, src_pf, tgt_feats, tgt_pf, langs):
    src_lang, tgt_lang = (lexical_lang(lang) for lang in langs)
    return ([[_relearnt(f, lexicon, src_lang) for f in para] for para in src_feats],
            [_relearnt(f, lexicon, src_lang) for f in src_pf],
            [[_relearnt(f, lexicon, tgt_lang) for f in para] for para in tgt_feats],
            [_relearnt(f, lexicon, tgt_lang) for f in tgt_pf])


def _relearnt(feats: ItemFeatures, lexicon, lang: str) -> ItemFeatures:
    words = lexicon.add_learnt(feats.words, feats.tokens, lang)
    return feats if words is feats.words else replace(feats, words=words)


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

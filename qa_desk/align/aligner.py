"""Align two lists of items (paragraphs or sentences) into monotonic n-m links.

Gale-Church lengths plus anchors (numbers, names and cognates, acronyms,
punctuation) found in both languages; see ``features`` and ``dp``. The same
code serves paragraph and sentence level, with costs tuned per level:
translators merge and split sentences often, paragraphs seldom, so a
paragraph with no counterpart is more likely an omission than a merge.
Confidence combines the length fit with chrF (sacrebleu) between the two
sides' cognate-bearing strings (sentences) or the anchor overlap (paragraphs).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
from .dp import Params, Sides, solve, solve_small
from .features import ItemFeatures, item_features
from .lexical import default_lexicon, learn_pairs, lexical_lang, translation_keys
from .refine import chrf, ngrams, refine

# Sentences: 2-1 and 1-2 links at 2.0 nats, not Gale-Church's 2.3 (translators of novels merge and split more
# often: a 2-1 or 1-2 for every 2.4 to 4.2 1-1 links in the dev novels' gold, for every 5 in Gale-Church's);
# chosen by leaving one novel out (bench/align_gold.py CV_GRID['split']).
SENTENCE = Params(words=10.0, realign=True, boundary=1.5, merge=2.0, merge_mu=0.25,
                  prior=(0.0, 0.0, 2.0, 2.0) + Params.prior[4:])
# Paragraphs: no link of more than two paragraphs on a side past 2-2, 1-3 and 3-1; a lone paragraph on each
# side may still be an omission and an addition; the document's own word pairs learnt from a first pass.
PARAGRAPH = Params(prior=(0.0, 0.0, 3.5, 3.5, 5.8, 6.7, 6.7) + (1e6,) * 8 + (0.0,), skip=3.0, lex=8.0, s2=6.8,
                   lex_mu=0.15, words=8.0, pair_single=False, realign=True)
SENTENCE_CHRF = Params(chrf=4.0)  # opt-in: +0.003 F1 on the dev novels, about 30 times slower
LEVELS = {"sentence": SENTENCE, "paragraph": PARAGRAPH}


@dataclass(frozen=True)
class Link:
    src: tuple[int, ...]  # source item indices; empty = 0-1 link, an addition
    tgt: tuple[int, ...]  # target item indices; empty = 1-0 link, an omission
    score: float  # confidence 0..1

    @property
    def kind(self) -> str:
        return f"{len(self.src)}-{len(self.tgt)}"


class _Anchors:
    """idf-weighted anchors present on both sides, and their overlap per item pair."""

    def __init__(self, src: list[ItemFeatures], tgt: list[ItemFeatures], field: str = "keys"):
        n, m = len(src), len(tgt)
        src_keys = [getattr(f, field) for f in src]
        tgt_keys = [getattr(f, field) for f in tgt]
        df_s: dict[str, int] = {}
        df_t: dict[str, int] = {}
        for keyed, df in ((src_keys, df_s), (tgt_keys, df_t)):
            for keys in keyed:
                for key in keys:
                    df[key] = df.get(key, 0) + 1
        shared = df_s.keys() & df_t.keys()
        if n >= 8 and m >= 8:  # in most items of both sides: says nothing about which
            shared = {k for k in shared if df_s[k] <= 0.5 * n or df_t[k] <= 0.5 * m}
        idf = {k: math.log(1.0 + (n + m) / (df_s[k] + df_t[k])) for k in shared}
        self.src = [{k: w * idf[k] for k, w in keys.items() if k in idf} for keys in src_keys]
        self.tgt = [{k: w * idf[k] for k, w in keys.items() if k in idf} for keys in tgt_keys]
        self.ws = np.array([sum(d.values()) for d in self.src])
        self.wt = np.array([sum(d.values()) for d in self.tgt])
        self.n, self.m = n, m

    def pair(self, i: int, j: int) -> float:
        a, b = self.src[i], self.tgt[j]
        if len(a) > len(b):
            a, b = b, a
        return sum(min(w, b[k]) for k, w in a.items() if k in b)

    def overlap(self, lo_d: np.ndarray, width_d: int) -> np.ndarray:
        """Prefix sums ``cum[s, q]``: overlap of source s with targets lo_d[s] .. lo_d[s]+q-1 (+ a constant)."""
        n, m = self.n, self.m
        if n * m <= 4096:
            dense = np.array([[self.pair(i, j) for j in range(m)] for i in range(n)])
            full = np.zeros((n, m + 1))
            np.cumsum(dense, axis=1, out=full[:, 1:])
            cols = np.clip(lo_d[:, None] + np.arange(width_d + 1)[None, :], 0, m)
            return np.take_along_axis(full, cols, axis=1)
        return self._overlap_sparse(lo_d, width_d)

    def _overlap_sparse(self, lo_d: np.ndarray, width_d: int) -> np.ndarray:
        post: dict[str, tuple[list, list, list, list]] = {}
        for i, d in enumerate(self.src):
            for key, w in d.items():
                post.setdefault(key, ([], [], [], []))[0].append(i)
                post[key][1].append(w)
        for j, d in enumerate(self.tgt):
            for key, w in d.items():
                entry = post.get(key)
                if entry is not None:
                    entry[2].append(j)
                    entry[3].append(w)
        dense = np.zeros(self.n * width_d)
        for s_list, sw_list, t_list, tw_list in post.values():
            if not t_list:
                continue
            s_idx, s_w = np.array(s_list), np.array(sw_list)
            t_idx, t_w = np.array(t_list), np.array(tw_list)
            left = np.searchsorted(t_idx, lo_d[s_idx])
            counts = np.searchsorted(t_idx, lo_d[s_idx] + width_d) - left
            total = int(counts.sum())
            if not total:
                continue
            rows = np.repeat(np.arange(len(s_idx)), counts)
            t_pos = np.arange(total) + np.repeat(left - (np.cumsum(counts) - counts), counts)
            src_item = s_idx[rows]
            flat = src_item * width_d + (t_idx[t_pos] - lo_d[src_item])
            np.add.at(dense, flat, np.minimum(s_w[rows], t_w[t_pos]))
        cum = np.zeros((self.n, width_d + 1))
        np.cumsum(dense.reshape(self.n, width_d), axis=1, out=cum[:, 1:])
        return cum


def align(src: list[str], tgt: list[str], src_lang: str = "en", tgt_lang: str = "fr",
          params: Params | None = None, level: str = "sentence") -> list[Link]:
    """Monotonic links covering every source and target index exactly once, in order."""
    return align_features([item_features(t, src_lang) for t in src], [item_features(t, tgt_lang) for t in tgt],
                          params or LEVELS[level], chrf_confidence=level == "sentence",
                          langs=(src_lang, tgt_lang))


def align_features(fs: list[ItemFeatures], ft: list[ItemFeatures], params: Params,
                   chrf_confidence: bool = True, ratio_hint: float = 0.0,
                   langs: tuple[str, str] | None = None, breaks=None, unless=None) -> list[Link] | None:
    """``align`` on features computed beforehand (align_texts computes them once).

    ``ratio_hint``: the document's target/source length ratio, for confidence;
    inside one small group the group's own ratio would make every 1-1 fit.
    ``langs``: the two languages, for learning word pairs from a first pass
    (``Params.realign``); without them the first pass is the answer.
    ``breaks``: (source, target) boolean arrays over the cut positions 0..n and 0..m,
    True at a paragraph boundary, costed by ``Params.boundary``.
    ``unless(path)``: when true of the best path (a list of (i0, i1, j0, j1)), None is returned
    and the links are not scored (a caller that only wants an answer unlike its own).
    """
    n, m = len(fs), len(ft)
    if n == 0 or m == 0:
        return [Link((i,), (), 1.0) for i in range(n)] + [Link((), (j,), 1.0) for j in range(m)]
    anchors = _Anchors(fs, ft)
    sides = Sides(np.array([f.length for f in fs], float), np.array([f.length for f in ft], float),
                  anchors.ws, anchors.wt)
    if breaks is not None:
        sides.bs, sides.bt = (np.asarray(b, bool) for b in breaks)
    words = None
    if params.words > 0 and any(f.words for f in fs) and any(f.words for f in ft):
        words = _Anchors(fs, ft, "words")
        sides.ws2, sides.wt2 = words.ws, words.wt
    if n == 1 and m == 1 and params.pair_single:
        path = [(0, 1, 0, 1)]
    elif (n + 1) * (m + 1) <= SMALL_CELLS:
        path = solve_small(sides, anchors.pair, params, words.pair if words else None)
    else:
        path = _solve_widening(sides, anchors, params, words)
        # Omitted or added text skews the length ratio: re-estimate it from the 1-1 links.
        one_one = [(i0, j0) for i0, i1, j0, j1 in path if i1 - i0 == 1 and j1 - j0 == 1]
        if len(one_one) >= 3:
            ratio = sum(sides.lt[j] for _, j in one_one) / max(sum(sides.ls[i] for i, _ in one_one), 1.0)
            if abs(ratio / sides.length_ratio() - 1.0) > 0.05:
                sides.ratio = min(max(ratio, 0.3), 3.0)
                path = _solve_widening(sides, anchors, params, words)
        if params.realign and langs and min(n, m) >= REALIGN_MIN:
            relearnt = _relearn(path, fs, ft, langs, params)
            if relearnt is not None:
                fs, ft, words = relearnt
                sides.ws2, sides.wt2 = words.ws, words.wt
                path = _solve_widening(sides, anchors, params, words)
        if params.chrf > 0:  # opt-in second pass (refine.py)
            path = refine(path, sides, anchors.pair, [f.cognates for f in fs],
                          [f.cognates for f in ft], params)
    if unless is not None and unless(path):
        return None
    return _score(path, fs, ft, sides, anchors, params, chrf_confidence, ratio_hint)


SMALL_CELLS = 100  # below this many cells the plain-Python DP is faster
REALIGN_MIN = 30  # items on each side before a document teaches the aligner its words


def _relearn(path, fs, ft, langs, params: Params):
    """Word pairs learnt from the first pass's 1-1 links, added to the table; new word anchors."""
    src_lang, tgt_lang = (lexical_lang(lang) for lang in langs)
    if {src_lang, tgt_lang} != {"en", "fr"}:
        return None
    ones = [(i0, j0) for i0, i1, j0, j1 in path if i1 - i0 == 1 and j1 - j0 == 1]
    src_tok, tgt_tok = [fs[i].tokens for i, _ in ones], [ft[j].tokens for _, j in ones]
    en_tok, fr_tok = (src_tok, tgt_tok) if src_lang == "en" else (tgt_tok, src_tok)
    learnt = learn_pairs(en_tok, fr_tok, params.realign_count, params.realign_dice)
    if not learnt:
        return None
    lexicon = default_lexicon().extended(learnt)
    fs = [replace(f, words=translation_keys(f.tokens, src_lang, lexicon)) for f in fs]
    ft = [replace(f, words=translation_keys(f.tokens, tgt_lang, lexicon)) for f in ft]
    return fs, ft, _Anchors(fs, ft, "words")


MAX_CELLS = 10_000_000  # band cells; bounds memory near 300 MB whatever the input


def _solve_widening(sides: Sides, anchors: _Anchors, params: Params, words: _Anchors | None = None):
    """Start with a narrow band; double it while the best path runs along its edge.

    Stops at MAX_CELLS: a drift of more than that many items from the diagonal
    (say 1,000 paragraphs of a 10,000-paragraph pair missing in one place)
    is then aligned within the band, not exactly.
    """
    n, m = len(sides.ls), len(sides.lt)
    half = 64
    while True:
        path, touched = solve(sides, anchors.overlap, params, half, words.overlap if words else None)
        wider = min(m + 1, 4 * half + 1)
        if not touched or 2 * half + 1 >= m + 1 or (n + 1) * wider > MAX_CELLS:
            return path
        half *= 2


def _score(path, fs, ft, sides: Sides, anchors: _Anchors, params: Params, use_chrf: bool,
           ratio_hint: float = 0.0):
    """Confidence per link: length fit and lexical agreement, both 0..1, averaged."""
    ratio = ratio_hint if ratio_hint > 0 else sides.length_ratio()
    ls, lt, ws, wt = (sides.ls.tolist(), sides.lt.tolist(), sides.ws.tolist(), sides.wt.tolist())
    scores: dict[int, float] = {}
    dices = []
    for k, (i0, i1, j0, j1) in enumerate(path):
        if i1 == i0 or j1 == j0:
            continue
        l_s, l_t = sum(ls[i0:i1]), sum(lt[j0:j1])
        var = params.s2 * (ratio * l_s + l_t) / 2.0 + 1.0
        fit = math.exp(-((l_t - ratio * l_s) ** 2) / var / 4.0)
        cog_s = " ".join(fs[i].cognates for i in range(i0, i1)).strip()
        cog_t = " ".join(ft[j].cognates for j in range(j0, j1)).strip()
        shared = sum(anchors.pair(i, j) for i in range(i0, i1) for j in range(j0, j1))
        total = sum(ws[i0:i1]) + sum(wt[j0:j1])
        dice = min(2.0 * shared / total, 1.0) if total > 0 else 0.0
        if i1 - i0 == 1 and j1 - j0 == 1 and total > 0:
            dices.append(dice)
        if use_chrf and cog_s and cog_t:
            lexical = 1.0 if cog_s == cog_t else chrf(ngrams(cog_t), ngrams(cog_s)) / 100.0
        else:
            trust = min(total / params.lex_k, 1.0)
            lexical = 0.5 + trust * (min(dice / (2 * params.lex_mu), 1.0) - 0.5)
        scores[k] = round(0.5 * fit + 0.5 * lexical, 4)
    dices.sort()
    typical = dices[len(dices) // 2] if dices else 2 * params.lex_mu
    links = []
    for k, (i0, i1, j0, j1) in enumerate(path):
        src, tgt = tuple(range(i0, i1)), tuple(range(j0, j1))
        score = scores[k] if k in scores else _null_confidence(path, k, anchors, params, typical)
        links.append(Link(src, tgt, score))
    return links


def _null_confidence(path, k: int, anchors: _Anchors, params: Params, typical: float) -> float:
    """High when the item has anchors and its neighbours on the other side share fewer of
    them than the document's 1-1 links typically do; 0.5 when there is nothing to go on."""
    i0, i1, j0, j1 = path[k]
    if i1 > i0:  # omission: compare with the targets of the neighbouring links
        item, weight = i0, anchors.ws[i0]
        near = [j for p in path[max(0, k - 1):k + 2] for j in range(p[2], p[3])]
        best = max((2.0 * anchors.pair(item, j) / (weight + anchors.wt[j])
                    for j in near if weight + anchors.wt[j] > 0), default=0.0)
    else:
        item, weight = j0, anchors.wt[j0]
        near = [i for p in path[max(0, k - 1):k + 2] for i in range(p[0], p[1])]
        best = max((2.0 * anchors.pair(i, item) / (weight + anchors.ws[i])
                    for i in near if weight + anchors.ws[i] > 0), default=0.0)
    trust = min(weight / params.lex_k, 1.0)
    closeness = min(best / typical, 1.0) if typical > 0 else 0.0
    return round(float(0.5 + 0.45 * trust * (1.0 - 2.0 * closeness)), 4)

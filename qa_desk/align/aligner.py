"""Align two lists of items (paragraphs or sentences) into monotonic n-m links.

Gale-Church lengths plus anchors (numbers, names and cognates, acronyms,
punctuation) found in both languages; see ``features`` and ``dp``. The same
function serves paragraph and sentence level. Confidence combines the length
fit with chrF (sacrebleu) between the two sides' cognate-bearing strings.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import numpy as np
from sacrebleu.metrics.chrf import CHRF
from sacrebleu.metrics.helpers import extract_all_char_ngrams

from .dp import Params, Sides, solve
from .features import ItemFeatures, item_features

_CHRF = CHRF()  # sacrebleu defaults: chrF, character 6-grams, beta 2


@dataclass(frozen=True)
class Link:
    src: tuple[int, ...]  # source item indices; empty = 0-1 link, an addition
    tgt: tuple[int, ...]  # target item indices; empty = 1-0 link, an omission
    score: float  # confidence 0..1

    @property
    def kind(self) -> str:
        return f"{len(self.src)}-{len(self.tgt)}"


class _Anchors:
    """idf-weighted anchors shared by both sides, as posting lists."""

    def __init__(self, src: list[ItemFeatures], tgt: list[ItemFeatures]):
        n, m = len(src), len(tgt)
        df_s, df_t = Counter(), Counter()
        for f in src:
            df_s.update(f.keys)
        for f in tgt:
            df_t.update(f.keys)
        shared = set(df_s) & set(df_t)
        if n >= 8 and m >= 8:  # in most items of both sides: says nothing about which
            shared = {k for k in shared if df_s[k] <= 0.5 * n or df_t[k] <= 0.5 * m}
        self.idf = {k: math.log(1.0 + (n + m) / (df_s[k] + df_t[k])) for k in shared}
        self.ws = np.array([sum(w * self.idf[k] for k, w in f.keys.items() if k in self.idf)
                            for f in src], dtype=float)
        self.wt = np.array([sum(w * self.idf[k] for k, w in f.keys.items() if k in self.idf)
                            for f in tgt], dtype=float)
        post_s: dict[str, list] = {k: [] for k in shared}
        post_t: dict[str, list] = {k: [] for k in shared}
        for i, f in enumerate(src):
            for key, w in f.keys.items():
                if key in self.idf:
                    post_s[key].append((i, w))
        for j, f in enumerate(tgt):
            for key, w in f.keys.items():
                if key in self.idf:
                    post_t[key].append((j, w))
        self.postings = [(self.idf[k], np.array(post_s[k]), np.array(post_t[k])) for k in shared]
        self.n = n

    def overlap(self, lo_d: np.ndarray, width_d: int) -> np.ndarray:
        """Prefix sums of the weighted overlap of each source item with its band of targets."""
        dense = np.zeros(self.n * width_d)
        for idf, ps, pt in self.postings:
            s_idx, s_w = ps[:, 0].astype(np.int64), ps[:, 1]
            t_idx, t_w = pt[:, 0].astype(np.int64), pt[:, 1]
            left = np.searchsorted(t_idx, lo_d[s_idx])
            right = np.searchsorted(t_idx, lo_d[s_idx] + width_d)
            counts = right - left
            total = int(counts.sum())
            if not total:
                continue
            rows = np.repeat(np.arange(len(s_idx)), counts)
            starts = np.repeat(left - np.concatenate(([0], np.cumsum(counts)[:-1])), counts)
            t_pos = np.arange(total) + starts
            src_item = s_idx[rows]
            flat = src_item * width_d + (t_idx[t_pos] - lo_d[src_item])
            np.add.at(dense, flat, idf * np.minimum(s_w[rows], t_w[t_pos]))
        cum = np.zeros((self.n, width_d + 1))
        np.cumsum(dense.reshape(self.n, width_d), axis=1, out=cum[:, 1:])
        return cum


def chrf(a: list[Counter], b: list[Counter]) -> float:
    """sacrebleu's sentence chrF (0..100) from n-grams extracted beforehand."""
    stats = []
    for hyp, ref in zip(a, b):
        stats.extend(_CHRF._get_match_statistics(hyp, ref))
    return _CHRF._compute_f_score(stats)


def _ngrams(text: str) -> list[Counter]:
    return extract_all_char_ngrams(text, _CHRF.char_order, _CHRF.whitespace)


def _merged(parts: list[list[Counter]]) -> list[Counter]:
    if len(parts) == 1:
        return parts[0]
    return [sum((p[o] for p in parts), Counter()) for o in range(len(parts[0]))]


def align(src: list[str], tgt: list[str], src_lang: str = "en", tgt_lang: str = "fr",
          params: Params | None = None) -> list[Link]:
    """Monotonic links covering every source and target index exactly once, in order."""
    del src_lang, tgt_lang  # the anchors are language-neutral for now (en/fr tuned)
    params = params or Params()
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:
        return ([Link((i,), (), 1.0) for i in range(n)] + [Link((), (j,), 1.0) for j in range(m)])
    if n == 1 and m == 1:
        return [Link((0,), (0,), _confidence_one(src[0], tgt[0]))]
    fs = [item_features(t) for t in src]
    ft = [item_features(t) for t in tgt]
    anchors = _Anchors(fs, ft)
    sides = Sides(np.array([f.length for f in fs], float), np.array([f.length for f in ft], float),
                  anchors.ws, anchors.wt)
    half = max(32, int(0.02 * max(n, m)), 2 * abs(n - m) // 10 + 16)
    while True:
        path, touched = solve(sides, anchors.overlap, params, half)
        if not touched or 2 * half + 1 >= m + 1:
            break
        half *= 2
    return _score(path, fs, ft, sides, params)


def _confidence_one(a: str, b: str) -> float:
    return _score([(0, 1, 0, 1)], [item_features(a)], [item_features(b)], None, Params())[0].score


def _score(path, fs, ft, sides, params: Params) -> list[Link]:
    """Confidence per link: length fit times chrF of the cognate-bearing strings."""
    ls = [f.length for f in fs]
    lt = [f.length for f in ft]
    ratio = (sum(lt) / sum(ls)) if sum(ls) and sum(lt) else 1.0
    ngr_s: dict[int, list[Counter]] = {}
    ngr_t: dict[int, list[Counter]] = {}
    links = []
    for i0, i1, j0, j1 in path:
        src, tgt = tuple(range(i0, i1)), tuple(range(j0, j1))
        if not src or not tgt:
            links.append(Link(src, tgt, 0.5))
            continue
        l_s = sum(ls[i] for i in src)
        l_t = sum(lt[j] for j in tgt)
        var = params.s2 * (ratio * l_s + l_t) / 2.0 + 1.0
        fit = math.exp(-((l_t - ratio * l_s) ** 2) / var / 4.0)
        cog_s = " ".join(fs[i].cognates for i in src).strip()
        cog_t = " ".join(ft[j].cognates for j in tgt).strip()
        if cog_s and cog_t:
            for i in src:
                ngr_s.setdefault(i, _ngrams(fs[i].cognates))
            for j in tgt:
                ngr_t.setdefault(j, _ngrams(ft[j].cognates))
            lexical = chrf(_merged([ngr_t[j] for j in tgt]), _merged([ngr_s[i] for i in src])) / 100.0
        elif cog_s or cog_t:
            lexical = 0.3
        else:
            lexical = 0.6
        links.append(Link(src, tgt, round(0.5 * fit + 0.5 * lexical, 4)))
    return links

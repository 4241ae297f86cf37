"""Banded dynamic programming over n-m links, one numpy row at a time.

Costs are Gale-Church's (a prior per link type plus a Gaussian length term)
minus lexical evidence: the idf-weighted overlap of anchors between the two
sides of a link (see ``features``), read from per-item prefix sums so a
2-2 or 3-1 link costs a few vector operations. The band follows the
corner-to-corner diagonal and is widened until the best path stays clear of
its edges, so long inputs cost O(n * band), not O(n * m).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

INF = 1e30
# (source items, target items); (0, 1) is handled apart, along the row.
MOVES = ((1, 1), (1, 0), (2, 1), (1, 2), (2, 2), (1, 3), (3, 1), (0, 1))
MAX_SPAN = 3


@dataclass(frozen=True)
class Params:
    """Costs in nats. Tuned on the TransRead dev novels (bench/align_gold.py)."""

    prior: tuple[float, ...] = (0.0, 0.0, 2.3, 2.3, 4.6, 5.5, 5.5, 0.0)  # per MOVES entry
    skip: float = 6.0  # a 1-0 or 0-1 link
    s2: float = 6.8  # variance of the target length per source character (Gale-Church)
    lex: float = 6.0  # weight of the lexical overlap (0..1 Dice)
    lex_mu: float = 0.25  # overlap expected of a true link: below it costs, above it pays
    lex_k: float = 6.0  # weight of anchors at which the lexical evidence is trusted fully


@dataclass
class Sides:
    """Per-item numbers the DP reads: lengths, anchor weights, overlap band."""

    ls: np.ndarray  # source lengths (n)
    lt: np.ndarray  # target lengths (m)
    ws: np.ndarray  # source anchor weight (n)
    wt: np.ndarray  # target anchor weight (m)


def band_bounds(n: int, m: int, half: int) -> tuple[np.ndarray, int]:
    """Lowest target count ``lo[i]`` of row i's band, and the band width."""
    width = min(m + 1, 2 * half + 1)
    centre = np.rint(np.arange(n + 1) * (m / max(n, 1))).astype(np.int64)
    lo = np.clip(centre - half, 0, m + 1 - width)
    return lo, width


def solve(sides: Sides, overlap, params: Params, half: int):
    """Best path as a list of (i0, i1, j0, j1) links, and whether it touched the band edge.

    ``overlap(lo_d, width_d)`` returns prefix sums ``cum`` of shape (n, width_d + 1):
    ``cum[s, q]`` = overlap of source item s with target items lo_d[s] .. lo_d[s]+q-1.
    """
    n, m = len(sides.ls), len(sides.lt)
    lo, width = band_bounds(n, m, half)
    step = int(np.max(np.diff(lo), initial=0))
    pad = MAX_SPAN * (step + 1) + 1
    lo_d = np.array([lo[min(s + 1, n)] - MAX_SPAN for s in range(n)], dtype=np.int64)
    width_d = width + MAX_SPAN + int(max((lo[min(s + MAX_SPAN, n)] - lo[min(s + 1, n)]
                                          for s in range(n)), default=0))
    cum = overlap(lo_d, width_d)

    ps = np.concatenate(([0.0], np.cumsum(sides.ls)))
    pt = np.concatenate(([0.0], np.cumsum(sides.lt)))
    pws = np.concatenate(([0.0], np.cumsum(sides.ws)))
    pwt = np.concatenate(([0.0], np.cumsum(sides.wt)))
    ratio = (pt[-1] / ps[-1]) if ps[-1] > 0 and pt[-1] > 0 else 1.0
    ratio = min(max(ratio, 0.3), 3.0)

    cost = np.full((n + 1, width + 2 * pad), INF)
    back = np.zeros((n + 1, width), dtype=np.int8)
    k = np.arange(width)
    skip_ramp = params.skip * k
    cols = lo[0] + k
    row0 = np.where(cols == 0, 0.0, INF)
    row0 = np.minimum.accumulate(row0 - skip_ramp) + skip_ramp
    cost[0, pad:pad + width] = np.where(cols <= m, row0, INF)
    back[0] = 7
    cands = np.empty((7, width))
    for i in range(1, n + 1):
        js = lo[i] + k
        valid = js <= m
        jc = np.minimum(js, m)
        span_t = {b: pt[jc] - pt[np.clip(jc - b, 0, m)] for b in (1, 2, 3)}
        wsum_t = {b: pwt[jc] - pwt[np.clip(jc - b, 0, m)] for b in (1, 2, 3)}
        ov = {}
        for s in range(max(0, i - MAX_SPAN), i):
            base = lo[i] - lo_d[s]
            top = cum[s, base:base + width]
            for b in (1, 2, 3):
                ov[s, b] = top - cum[s, base - b:base - b + width]
        for idx, (a, b) in enumerate(MOVES[:7]):
            r = i - a
            if r < 0:
                cands[idx] = INF
                continue
            shift = lo[i] - lo[r] - b + pad
            prev = cost[r, shift:shift + width]
            if b == 0:
                np.add(prev, params.skip, out=cands[idx])
                continue
            l_s = ps[i] - ps[r]
            l_t = span_t[b]
            var = params.s2 * (ratio * l_s + l_t) / 2.0 + 1.0
            delta2 = (l_t - ratio * l_s) ** 2 / var
            shared = sum(ov[s, b] for s in range(r, i))
            total = (pws[i] - pws[r]) + wsum_t[b]
            dice = np.where(total > 0, 2.0 * shared / np.maximum(total, 1e-9), 0.0)
            dice = np.minimum(dice, 1.0)
            trust = np.minimum(total / params.lex_k, 1.0)
            link = params.prior[idx] + delta2 / 2.0 + params.lex * trust * (params.lex_mu - dice)
            np.add(prev, link, out=cands[idx])
        best_move = np.argmin(cands, axis=0)
        best = cands[best_move, k]
        best = np.where(valid & (js - 0 >= 0), best, INF)
        ramp = best - skip_ramp
        acc = np.minimum.accumulate(ramp)
        row = acc + skip_ramp
        from_skip = acc < ramp - 1e-9
        row = np.where(valid, row, INF)
        cost[i, pad:pad + width] = row
        back[i] = np.where(from_skip, 7, best_move)
    return _trace(back, lo, n, m, width)


def _trace(back, lo, n, m, width):
    links = []
    touched = False
    i, j = n, m
    margin = 2
    while i > 0 or j > 0:
        col = j - lo[i]
        if (col < margin and lo[i] > 0) or (col > width - 1 - margin and lo[i] + width - 1 < m):
            touched = True
        a, b = MOVES[back[i, col]]
        links.append((i - a, i, j - b, j))
        i, j = i - a, j - b
    links.reverse()
    return links, touched

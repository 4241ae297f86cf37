"""Banded dynamic programming over n-m links, one numpy row at a time.

Costs are Gale-Church's (a prior per link type plus a Gaussian length term)
minus lexical evidence: the idf-weighted overlap of anchors between the two
sides of a link (see ``features``), read from per-item prefix sums so a
2-2 or 3-1 link costs a few vector operations. Optional terms: a merged
link pays for a part with none of its anchors on the other side
(``Params.merge``), and a paragraph boundary of one side not matched on the
other costs ``Params.boundary`` (``Sides.bs``/``bt``). The band follows the
corner-to-corner diagonal and is widened until the best path stays clear of
its edges, so long inputs cost O(n * band), not O(n * m).
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate

import numpy as np

INF = 1e30
INF_PRIOR = 1e6  # a prior this high forbids the move (it is not even costed)
# (source items, target items); (0, 1) is handled apart, along the row.
MOVES = ((1, 1), (1, 0), (2, 1), (1, 2), (2, 2), (1, 3), (3, 1), (2, 3), (3, 2), (1, 4), (4, 1), (1, 5), (5, 1),
         (1, 6), (6, 1), (0, 1))
MAX_SPAN = max(max(a, b) for a, b in MOVES)
SKIP_T = len(MOVES) - 1  # index of (0, 1), taken along the row


def _linked(prior) -> tuple[tuple[int, int], ...]:
    """(d, q) pairs whose overlap the allowed moves read (their merge cost included): source item
    i - d against the last q targets."""
    return tuple(sorted({(d, q) for idx, (a, b) in enumerate(MOVES[:SKIP_T]) if b and prior[idx] < INF_PRIOR
                         for d in range(1, a + 1) for q in range(1, b + 1)}))


@dataclass(frozen=True)
class Params:
    """Costs in nats. The defaults are Gale-Church-like sentence-level costs, kept because
    tuning them on the TransRead dev novels did not generalise (bench/RESULTS-align.md), but for
    the 2-1/1-2 prior, which ``aligner.SENTENCE`` lowers (chosen by leaving one novel out);
    ``aligner.PARAGRAPH`` holds the paragraph-level ones."""

    # per MOVES entry; past 1-3, a nat more for each further item on the long side (1-5: 7.5, 1-6: 8.5)
    prior: tuple[float, ...] = (0.0, 0.0, 2.3, 2.3, 4.6, 5.5, 5.5, 6.5, 6.5, 6.5, 6.5, 7.5, 7.5, 8.5, 8.5, 0.0)
    skip: float = 6.0  # a 1-0 or 0-1 link
    s2: float = 6.8  # variance of the target length per source character (Gale-Church)
    lex: float = 6.0  # weight of the lexical overlap (0..1 Dice)
    lex_mu: float = 0.25  # overlap expected of a true link: below it costs, above it pays
    lex_k: float = 6.0  # weight of anchors at which the lexical evidence is trusted fully
    chrf: float = 0.0  # weight of chrF (0..1) of cognate strings in an opt-in second pass (4.0)
    chrf_mu: float = 0.3  # chrF expected of a true link
    words: float = 0.0  # weight of the translated-word overlap (0..1 Dice, see lexical.py); 0 = unused
    words_mu: float = 0.2  # translated-word overlap expected of a true link
    words_k: float = 4.0  # weight of translated words at which that evidence is trusted fully
    realign: bool = False  # learn word pairs from a first pass over the document, then align again
    realign_count: int = 2  # links a learnt pair must appear in
    realign_dice: float = 0.3  # Dice a learnt pair must reach
    merge: float = 0.0  # weight of the missing evidence of each part of a merge (part coverage below merge_mu)
    merge_mu: float = 0.1  # share of a part's anchors found on the other side expected of a true merge
    boundary: float = 0.0  # cost of a paragraph boundary of one side not matched on the other (Sides.bs/bt)
    pair_single: bool = True  # one item on each side: linked 1-1 uncosted (a sentence group already paired)


@dataclass
class Sides:
    """Per-item numbers the DP reads: lengths, anchor weights, overlap band."""

    ls: np.ndarray  # source lengths (n)
    lt: np.ndarray  # target lengths (m)
    ws: np.ndarray  # source anchor weight (n)
    wt: np.ndarray  # target anchor weight (m)
    ratio: float = 0.0  # expected target/source length ratio; 0 = from the totals
    ws2: np.ndarray | None = None  # source translated-word weight (n), second channel
    wt2: np.ndarray | None = None  # target translated-word weight (m)
    bs: np.ndarray | None = None  # source cut positions 0..n that are paragraph boundaries (bool, n + 1)
    bt: np.ndarray | None = None  # target cut positions 0..m that are paragraph boundaries (bool, m + 1)

    def breaks(self, params: Params) -> bool:
        return params.boundary > 0 and self.bs is not None and self.bt is not None

    def length_ratio(self) -> float:
        if self.ratio > 0:
            return self.ratio
        if len(self.ls) >= 10 and len(self.lt) >= 10:  # medians shrug off a huge addition
            total_s, total_t = float(np.median(self.ls)), float(np.median(self.lt))
        else:
            total_s, total_t = float(self.ls.sum()), float(self.lt.sum())
        return min(max(total_t / total_s, 0.3), 3.0) if total_s > 0 and total_t > 0 else 1.0


def band_bounds(n: int, m: int, half: int) -> tuple[np.ndarray, int]:
    """Lowest target count ``lo[i]`` of row i's band, and the band width."""
    width = min(m + 1, 2 * half + 1)
    centre = np.rint(np.arange(n + 1) * (m / max(n, 1))).astype(np.int64)
    lo = np.clip(centre - half, 0, m + 1 - width)
    return lo, width


def solve(sides: Sides, overlap, params: Params, half: int, overlap2=None):
    """Best path as a list of (i0, i1, j0, j1) links, and whether it touched the band edge.

    ``overlap(lo_d, width_d)`` returns prefix sums ``cum`` of shape (n, width_d + 1):
    ``cum[s, q]`` = overlap of source item s with target items lo_d[s] .. lo_d[s]+q-1.
    ``overlap2`` does the same for the translated-word channel (used when params.words > 0).
    """
    n, m = len(sides.ls), len(sides.lt)
    lo, width = band_bounds(n, m, half)
    step = int(np.max(np.diff(lo), initial=0))
    pad = MAX_SPAN * (step + 1) + 1
    items = np.arange(n)
    lo_d = lo[np.minimum(items + 1, n)] - MAX_SPAN
    width_d = width + MAX_SPAN + int(np.max(lo[np.minimum(items + MAX_SPAN, n)] - (lo_d + MAX_SPAN),
                                            initial=0))
    channels = [(overlap(lo_d, width_d), _prefix(sides.ws), _prefix(sides.wt))]
    if overlap2 is not None and params.words > 0:
        channels.append((overlap2(lo_d, width_d), _prefix(sides.ws2), _prefix(sides.wt2)))
    ps, pt = _prefix(sides.ls), _prefix(sides.lt)
    ratio = sides.length_ratio()

    cost = np.full((n + 1, width + 2 * pad), INF)
    back = np.zeros((n + 1, width), dtype=np.int8)
    k = np.arange(width)
    skip_ramp = params.skip * k
    cols = lo[0] + k
    row0 = np.where(cols == 0, 0.0, INF)
    row0 = np.minimum.accumulate(row0 - skip_ramp) + skip_ramp
    cost[0, pad:pad + width] = np.where(cols <= m, row0, INF)
    back[0] = SKIP_T
    cands = np.full((SKIP_T, width), INF)  # a forbidden move's row stays INF
    ramp = np.empty(width)
    acc = np.empty(width)
    flat = np.arange(width) * 1  # column indices, for picking each column's best move
    lo_list = lo.tolist()
    moves = [(idx, a, b) for idx, (a, b) in enumerate(MOVES[:SKIP_T]) if params.prior[idx] < INF_PRIOR]
    block = max(1, 2 ** 17 // width)
    breaks = None
    if sides.breaks(params):
        breaks = (sides.bs.astype(float), sides.bt.astype(float), np.cumsum(sides.bs), np.cumsum(sides.bt))
    ctx = (lo, lo_d, channels, ps, pt, ratio, params, n, m, k, breaks)
    for first in range(1, n + 1, block):
        rows = np.arange(first, min(n + 1, first + block))
        links = _link_costs(rows, ctx)
        for r_off, i in enumerate(rows.tolist()):
            lo_i = lo_list[i]
            for idx, a, b in moves:
                r = i - a
                if r < 0:
                    cands[idx] = INF
                    continue
                shift = lo_i - lo_list[r] - b + pad
                np.add(cost[r, shift:shift + width], links[idx][r_off], out=cands[idx])
            best_move = cands.argmin(axis=0)
            best = cands[best_move, flat]
            over = lo_i + width - 1 - m  # columns past the last target
            if over > 0:
                best[width - over:] = INF
            np.subtract(best, skip_ramp, out=ramp)
            np.minimum.accumulate(ramp, out=acc)
            row = cost[i, pad:pad + width]
            np.add(acc, skip_ramp, out=row)
            if over > 0:
                row[width - over:] = INF
            back[i] = best_move
            back[i][acc < ramp - 1e-9] = SKIP_T
    return _trace(back, lo, n, m, width)


def _prefix(values: np.ndarray) -> np.ndarray:
    return np.concatenate(([0.0], np.cumsum(values)))


def _link_costs(rows: np.ndarray, ctx) -> list[np.ndarray]:
    """Cost of each move ending at each band cell of ``rows``: one (rows, width) array per move."""
    lo, lo_d, channels, ps, pt, ratio, params, n, m, k, breaks = ctx
    js = lo[rows][:, None] + k[None, :]
    jc = np.minimum(js, m)
    if breaks is not None:
        bs, bt, cbs, cbt = breaks
        end = params.boundary * np.abs(bs[rows][:, None] - bt[jc])
    span_t = {}
    for b in range(1, MAX_SPAN + 1):
        span_t[b] = pt[jc] - pt[np.clip(jc - b, 0, m)]
    linked = _linked(params.prior)
    evidence = [_channel(rows, lo, lo_d, cum, pwt, jc, k, n, m, linked) + (pws,) for cum, pws, pwt in channels]
    out = []
    for idx, (a, b) in enumerate(MOVES[:SKIP_T]):
        if params.prior[idx] >= INF_PRIOR:
            out.append(np.full(js.shape, INF))
            continue
        if b == 0:
            out.append(np.full(js.shape, params.skip) + (end if breaks is not None else 0.0))
            continue
        prev = np.maximum(rows - a, 0)
        l_s = (ps[rows] - ps[prev])[:, None]
        terms = []
        for shared, wsum_t, pws in evidence:
            terms.append(sum(shared[d, b] for d in range(1, a + 1)))
            terms.append((pws[rows] - pws[prev])[:, None] + wsum_t[b])
        cost = link_cost(params, idx, ratio, l_s, span_t[b], *terms)
        if params.merge > 0 and (a > 1 or b > 1):
            cost = cost + _merge_cost(params, rows, a, b, evidence)
        if breaks is not None:  # every boundary inside the link
            inner_s = (cbs[np.maximum(rows - 1, 0)] - cbs[prev])[:, None]
            inner_t = cbt[np.maximum(jc - 1, 0)] - cbt[np.clip(jc - b, 0, m)]
            cost = cost + end + params.boundary * (inner_s + inner_t)
        out.append(cost)
    return out


def _merge_cost(params: Params, rows, a: int, b: int, evidence):
    """Each part of a merged link should find some of its anchors on the other side:
    ``merge`` x trust x shortfall below ``merge_mu`` of the part's covered share, summed over parts."""
    parts = []  # (overlap, weight) per part, both channels added
    if a > 1:
        for d in range(1, a + 1):
            over = sum(shared[d, b] for shared, _, _ in evidence)
            weight = sum((pws[np.maximum(rows - d + 1, 0)] - pws[np.maximum(rows - d, 0)])[:, None]
                         for _, _, pws in evidence)
            parts.append((over, weight))
    if b > 1:
        for q in range(1, b + 1):
            over = sum(shared[d, q] - (shared[d, q - 1] if q > 1 else 0.0)
                       for shared, _, _ in evidence for d in range(1, a + 1))
            weight = sum(wsum_t[q] - (wsum_t[q - 1] if q > 1 else 0.0) for _, wsum_t, _ in evidence)
            parts.append((over, weight))
    total = 0.0
    for over, weight in parts:
        share = over / np.maximum(weight, 1e-9)
        total = total + np.minimum(weight / params.lex_k, 1.0) * np.maximum(params.merge_mu - share, 0.0)
    return params.merge * total


def _channel(rows, lo, lo_d, cum, pwt, jc, k, n, m, linked):
    """Overlap of source item i - d with the b targets ending at each band cell, and the targets' weight."""
    wsum_t, shared = {}, {}
    for b in range(1, MAX_SPAN + 1):
        wsum_t[b] = pwt[jc] - pwt[np.clip(jc - b, 0, m)]
    width_d = cum.shape[1] - 1
    tops = {}
    for d, b in linked:  # source item i - d against the b targets ending at the cell
        if d not in tops:
            src = rows - d
            sc = np.clip(src, 0, n - 1)
            base = (lo[rows] - lo_d[sc])[:, None] + k[None, :]
            tops[d] = (sc, base, cum[sc[:, None], np.clip(base, 0, width_d)], src >= 0)
        sc, base, top, ok = tops[d]
        part = top - cum[sc[:, None], np.clip(base - b, 0, width_d)]
        part[~ok] = 0.0
        shared[d, b] = part
    return shared, wsum_t


def link_cost(params: Params, idx: int, ratio: float, l_s, l_t, shared, total, shared2=None,
              total2=None, *, low=np.minimum, high=np.maximum):
    """Cost of link type MOVES[idx] (not a skip): numpy arrays, or floats with low=min, high=max.

    ``shared2``/``total2``: the translated-word channel, counted when given and params.words > 0.
    """
    var = params.s2 * (ratio * l_s + l_t) / 2.0 + 1.0
    delta2 = (l_t - ratio * l_s) ** 2 / var
    dice = low(2.0 * shared / high(total, 1e-9), 1.0)
    trust = low(total / params.lex_k, 1.0)
    cost = params.prior[idx] + delta2 / 2.0 + params.lex * trust * (params.lex_mu - dice)
    if shared2 is not None and params.words > 0:
        dice2 = low(2.0 * shared2 / high(total2, 1e-9), 1.0)
        trust2 = low(total2 / params.words_k, 1.0)
        cost = cost + params.words * trust2 * (params.words_mu - dice2)
    return cost


def solve_small(sides: Sides, pair, params: Params, pair2=None):
    """Plain-Python DP over the full matrix, for the many tiny sentence groups.

    Same costs and tie-breaking as ``solve``; numpy's per-call overhead
    dominates below a hundred cells.
    """
    n, m = len(sides.ls), len(sides.lt)
    ratio = sides.length_ratio()
    ps, pt, pws, pwt = ([0.0, *accumulate(v.tolist())] for v in (sides.ls, sides.lt, sides.ws, sides.wt))
    use2 = pair2 is not None and params.words > 0
    bonus = params.lex * (params.lex_mu - 1.0) + (params.words * (params.words_mu - 1.0) if use2 else 0.0)
    floor = [p + bonus for p in params.prior]  # no link costs less
    box = _box(pair, n, m)  # box[i][j]: overlap of sources < i with targets < j
    if use2:
        box2 = _box(pair2, n, m)
        pws2, pwt2 = ([0.0, *accumulate(v.tolist())] for v in (sides.ws2, sides.wt2))
    breaks = sides.breaks(params)
    if breaks:
        bs, bt = sides.bs.tolist(), sides.bt.tolist()
        cbs, cbt = [0, *accumulate(bs)], [0, *accumulate(bt)]  # cbs[x]: boundaries before cut x
    if params.merge > 0:  # both channels added, per item: what a merged link's parts are judged on
        boxm = [[x + y for x, y in zip(r1, r2)] for r1, r2 in zip(box, box2)] if use2 else box
        w_s = [pws[k + 1] - pws[k] + ((pws2[k + 1] - pws2[k]) if use2 else 0.0) for k in range(n)]
        w_t = [pwt[k + 1] - pwt[k] + ((pwt2[k + 1] - pwt2[k]) if use2 else 0.0) for k in range(m)]
    cost = [[INF] * (m + 1) for _ in range(n + 1)]
    back = [[-1] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            best, arg = INF, -1
            for idx, (a, b) in enumerate(MOVES):
                if a > i or b > j or cost[i - a][j - b] >= INF:
                    continue
                if a == 0 or b == 0:
                    step = params.skip
                    if breaks and a:
                        step += params.boundary * (bs[i] != bt[j])
                elif cost[i - a][j - b] + floor[idx] >= best:
                    continue  # cannot beat the best so far
                else:
                    shared = box[i][j] - box[i - a][j] - box[i][j - b] + box[i - a][j - b]
                    total = (pws[i] - pws[i - a]) + (pwt[j] - pwt[j - b])
                    if use2:
                        shared2 = box2[i][j] - box2[i - a][j] - box2[i][j - b] + box2[i - a][j - b]
                        total2 = (pws2[i] - pws2[i - a]) + (pwt2[j] - pwt2[j - b])
                    else:
                        shared2 = total2 = None
                    step = link_cost(params, idx, ratio, ps[i] - ps[i - a], pt[j] - pt[j - b],
                                     shared, total, shared2, total2, low=min, high=max)
                    if params.merge > 0 and (a > 1 or b > 1) and cost[i - a][j - b] + step < best:
                        step += _merge_cost_small(params, i, j, a, b, boxm, w_s, w_t)
                    if breaks:
                        inner = (cbs[i] - cbs[i - a + 1]) + (cbt[j] - cbt[j - b + 1])
                        step += params.boundary * ((bs[i] != bt[j]) + inner)
                if cost[i - a][j - b] + step < best:
                    best, arg = cost[i - a][j - b] + step, idx
            cost[i][j], back[i][j] = best, arg
    links = []
    i, j = n, m
    while i > 0 or j > 0:
        a, b = MOVES[back[i][j]]
        links.append((i - a, i, j - b, j))
        i, j = i - a, j - b
    links.reverse()
    return links


def _merge_cost_small(params: Params, i: int, j: int, a: int, b: int, box, w_s, w_t) -> float:
    """``_merge_cost`` for one link (i - a .. i, j - b .. j) of ``solve_small``; ``box`` and the
    item weights ``w_s``, ``w_t`` hold both channels added."""
    total = 0.0
    mu, k = params.merge_mu, params.lex_k
    if a > 1:
        for s in range(i - a, i):
            weight = w_s[s]
            share = (box[s + 1][j] - box[s][j] - box[s + 1][j - b] + box[s][j - b]) / max(weight, 1e-9)
            if share < mu:
                total += min(weight / k, 1.0) * (mu - share)
    if b > 1:
        for t in range(j - b, j):
            weight = w_t[t]
            share = (box[i][t + 1] - box[i - a][t + 1] - box[i][t] + box[i - a][t]) / max(weight, 1e-9)
            if share < mu:
                total += min(weight / k, 1.0) * (mu - share)
    return params.merge * total


def _box(pair, n: int, m: int) -> list[list[float]]:
    box = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n):
        run = 0.0
        for j in range(m):
            run += pair(i, j)
            box[i + 1][j + 1] = box[i][j + 1] + run
    return box


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

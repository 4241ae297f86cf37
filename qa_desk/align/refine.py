"""Second pass for long sentence lists: chrF between cognate-bearing strings.

chrF (sacrebleu) catches names spelt a little differently across languages
(Sergei/Sergueï, Kyiv/Kiev) that the exact anchors miss, but it costs tens
of microseconds a pair: too much for every cell of the band, affordable in
a corridor a few cells wide around the first path. Opt-in (``Params.chrf``):
on the TransRead dev novels it adds 0.003 strict F1 for about 30 times the
time (bench/RESULTS-align.md), so the default aligner does without it.
"""
from __future__ import annotations

from collections import Counter

from sacrebleu.metrics.chrf import CHRF
from sacrebleu.metrics.helpers import extract_all_char_ngrams

from .dp import INF, MOVES, Params, Sides, link_cost

_CHRF = CHRF()  # sacrebleu defaults: character 6-grams, beta 2


def chrf(hyp: list[Counter], ref: list[Counter]) -> float:
    """sacrebleu's sentence chrF (0..100) from n-grams extracted beforehand."""
    stats = []
    for h, r in zip(hyp, ref):
        stats.extend(_CHRF._get_match_statistics(h, r))
    return _CHRF._compute_f_score(stats)


def ngrams(text: str) -> list[Counter]:
    return extract_all_char_ngrams(text, _CHRF.char_order, _CHRF.whitespace)


def _merged(parts: list[list[Counter]]) -> list[Counter]:
    if len(parts) == 1:
        return parts[0]
    return [sum((p[o] for p in parts), Counter()) for o in range(len(parts[0]))]


def refine(path, sides: Sides, pair, cognates_s: list[str], cognates_t: list[str],
           params: Params, radius: int = 2):
    """Best path inside a corridor of ``radius`` cells around ``path``, chrF term added."""
    n, m = len(sides.ls), len(sides.lt)
    ratio = sides.length_ratio()
    ls, lt = sides.ls.tolist(), sides.lt.tolist()
    ws, wt = sides.ws.tolist(), sides.wt.tolist()
    allowed: dict[int, set[int]] = {}
    for i0, i1, j0, j1 in path:
        for i in range(max(0, i0 - radius), min(n, i1 + radius) + 1):
            allowed.setdefault(i, set()).update(range(max(0, j0 - radius), min(m, j1 + radius) + 1))
    grams_s: dict[int, list[Counter]] = {}
    grams_t: dict[int, list[Counter]] = {}
    pairs: dict[tuple[int, int], float] = {}

    def lexical(i0, i1, j0, j1) -> float:
        src = [i for i in range(i0, i1) if cognates_s[i]]
        tgt = [j for j in range(j0, j1) if cognates_t[j]]
        if not src or not tgt:
            return 0.0
        for i in src:
            if i not in grams_s:
                grams_s[i] = ngrams(cognates_s[i])
        for j in tgt:
            if j not in grams_t:
                grams_t[j] = ngrams(cognates_t[j])
        score = chrf(_merged([grams_t[j] for j in tgt]), _merged([grams_s[i] for i in src])) / 100.0
        return params.chrf * (params.chrf_mu - score)

    def shared(i0, i1, j0, j1) -> float:
        total = 0.0
        for i in range(i0, i1):
            for j in range(j0, j1):
                if (i, j) not in pairs:
                    pairs[i, j] = pair(i, j)
                total += pairs[i, j]
        return total

    cost = {(0, 0): 0.0}
    back: dict[tuple[int, int], int] = {}
    for i in range(n + 1):
        for j in sorted(allowed.get(i, ())):
            if i == 0 and j == 0:
                continue
            best, arg = INF, -1
            for idx, (a, b) in enumerate(MOVES):
                prev = cost.get((i - a, j - b))
                if prev is None:
                    continue
                if a == 0 or b == 0:
                    step = params.skip
                else:
                    step = link_cost(params, idx, ratio, sum(ls[i - a:i]), sum(lt[j - b:j]),
                                     shared(i - a, i, j - b, j), sum(ws[i - a:i]) + sum(wt[j - b:j]),
                                     low=min, high=max) + lexical(i - a, i, j - b, j)
                if prev + step < best:
                    best, arg = prev + step, idx
            if arg >= 0:
                cost[i, j], back[i, j] = best, arg
    if (n, m) not in back:
        return path
    links = []
    i, j = n, m
    while i > 0 or j > 0:
        a, b = MOVES[back[i, j]]
        links.append((i - a, i, j - b, j))
        i, j = i - a, j - b
    links.reverse()
    return links

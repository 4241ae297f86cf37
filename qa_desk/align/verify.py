"""Second look at the paragraph links: does one side translate the other?

The DP weighs lengths and anchor overlap link by link; a dropped paragraph next to an
inserted one can still be linked 1-1 (their lengths fit), an inserted paragraph merged
into its neighbour's link, and a loosely translated pair left as an omission beside an
addition. Here each such decision is checked with a translation score in the style of
IBM model 1: how much better the words of one side are predicted from the other side's
words, through the word table (shipped pairs plus those the document taught itself) and
cognates, than from the word frequencies of the document alone (``TranslationScore``).
The score is a mean per word, so long and short paragraphs compare; short paragraphs
(a line of a poem) carry too little evidence and are left as the DP aligned them.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from .aligner import Link
from .features import _fold
from .lexical import Lexicon


@dataclass(frozen=True)
class Verify:
    """Thresholds on the translation score (mean log-likelihood ratio per word, both directions)."""

    split: float = 0.07  # a 1-1 link, or the edge part of a merge, scoring below this is unlinked
    pair: float = 0.2  # an omission and an addition side by side scoring this or more are linked 1-1
    min_words: int = 10  # words each side must have before a link is split (less: too little evidence)
    relative: float = 0.33  # ... or below this share of what the rest of the merge scores
    peel_words: int = 5  # words the edge part of a merge must have before it is split off
    doubt: float = 0.7  # only 1-1 links whose confidence (length fit and anchors) is below this are split
    mix: float = 0.1  # weight of the translation model against the document's word frequencies
    span: int = 30  # words of the other side a translation is averaged over, at most (see TranslationScore)


VERIFY = Verify()
COGNATE = 5  # letters of the accent-free prefix two words of four letters or more share to count as cognates


class TranslationScore:
    """Mean per-word log-likelihood ratio of one side given the other, against the document's unigrams.

    For French words f of a target item and English words e of a source item:
    ``log((mix * mean_e t(f|e) + (1 - mix) * p(f)) / p(f))`` averaged over f, and the same for
    the English words given the French; the two directions averaged. ``t`` is the table's weight
    of the pair (1 for cognates); ``p`` a word's frequency in its side of the document. A word
    nothing on the other side explains scores ``log(1 - mix)``; one that is explained, more.
    IBM model 1 averages ``t`` over all the words of the other side, which would make a long
    paragraph look untranslated; here over ``span`` words at most (``t`` capped at 1).
    """

    def __init__(self, lexicon: Lexicon, en_docs: list[list[str]], fr_docs: list[list[str]], mix: float,
                 span: int = 30):
        self.lexicon, self.mix, self.span = lexicon, mix, span
        self.p_en, self.floor_en = _unigrams(en_docs)
        self.p_fr, self.floor_fr = _unigrams(fr_docs)

    def score(self, en: list[str], fr: list[str]) -> float:
        if not en or not fr:
            return 0.0
        ce, cf = Counter(en), Counter(fr)
        pairs, extra = self.lexicon.pairs, self.lexicon.extra
        weight: dict[tuple[str, str], float] = {}
        for e in ce:
            for options in (pairs.get(e, ()), extra.get(e, ())):
                for f, w in options:
                    if f in cf and w > weight.get((e, f), 0.0):
                        weight[e, f] = w
        prefixes: dict[str, list[str]] = {}
        for e in ce:
            if len(e) >= 4:
                prefixes.setdefault(_fold(e)[:COGNATE], []).append(e)
        for f in cf:
            if len(f) >= 4:
                for e in prefixes.get(_fold(f)[:COGNATE], ()):
                    weight[e, f] = 1.0
        explained_f: Counter = Counter()
        explained_e: Counter = Counter()
        for (e, f), w in weight.items():
            explained_f[f] += ce[e] * w
            explained_e[e] += cf[f] * w
        return 0.5 * (self._side(cf, explained_f, len(en), self.p_fr, self.floor_fr)
                      + self._side(ce, explained_e, len(fr), self.p_en, self.floor_en))

    def _side(self, counts: Counter, explained: Counter, other: int, prob: dict, floor: float) -> float:
        mix, total = self.mix, 0.0
        for word, count in counts.items():
            p = prob.get(word, floor)
            t = min(explained[word] / min(other, self.span), 1.0)
            total += count * math.log((mix * t + (1.0 - mix) * p) / p)
        return total / sum(counts.values())


def _unigrams(docs: list[list[str]]) -> tuple[dict[str, float], float]:
    counts = Counter(w for doc in docs for w in doc)
    n = max(sum(counts.values()), 1)
    return {w: c / n for w, c in counts.items()}, 1.0 / n


def verify_links(links: list[Link], src_tokens: list[list[str]], tgt_tokens: list[list[str]],
                 lexicon: Lexicon, src_is_english: bool = True, params: Verify = VERIFY) -> list[Link]:
    """The paragraph links with the decisions the translation score contradicts undone:
    1-1 links and the edge parts of merges scoring below ``split`` unlinked (each side at least
    ``min_words`` words), neighbouring omissions and additions scoring ``pair`` or more linked."""
    en_docs, fr_docs = (src_tokens, tgt_tokens) if src_is_english else (tgt_tokens, src_tokens)
    scorer = TranslationScore(lexicon, en_docs, fr_docs, params.mix, params.span)

    def score(src: tuple[int, ...], tgt: tuple[int, ...]) -> float:
        s = [w for i in src for w in src_tokens[i]]
        t = [w for j in tgt for w in tgt_tokens[j]]
        return scorer.score(s, t) if src_is_english else scorer.score(t, s)

    def enough(tokens: list[str]) -> bool:
        return len(tokens) >= params.min_words

    out: list[Link] = []
    for link in links:
        if not link.src or not link.tgt:
            out.append(link)
        elif len(link.src) == 1 and len(link.tgt) == 1:
            i, j = link.src[0], link.tgt[0]
            checked = enough(src_tokens[i]) and enough(tgt_tokens[j]) and link.score < params.doubt
            value = score(link.src, link.tgt) if checked else None
            if value is not None and value < params.split:
                out += [Link(link.src, (), _null_score(value, params)), Link((), link.tgt, _null_score(value, params))]
            else:
                out.append(link)
        else:
            out.extend(_peel(link, score, src_tokens, tgt_tokens, lambda t: len(t) >= params.peel_words, params))
    return _pair_nulls(out, score, params)


def _peel(link: Link, score, src_tokens, tgt_tokens, enough, params: Verify) -> list[Link]:
    """A merge without its edge parts (first or last paragraph of a side) that the rest does not translate."""
    src, tgt = list(link.src), list(link.tgt)
    relative = params.relative
    before: list[Link] = []
    after: list[Link] = []
    changed = True
    while changed and len(src) + len(tgt) > 2:
        changed = False
        for side, seq, tokens in (("s", src, src_tokens), ("t", tgt, tgt_tokens)):
            if len(seq) < 2:
                continue
            for end in (0, len(seq) - 1):
                part = seq[end]
                if not enough(tokens[part]):
                    continue
                rest = tuple(x for x in seq if x != part)
                if side == "s":
                    value, kept = score((part,), tuple(tgt)), score(rest, tuple(tgt)) if relative else 0.0
                else:
                    value, kept = score(tuple(src), (part,)), score(tuple(src), rest) if relative else 0.0
                if value < max(params.split, relative * kept):
                    seq.pop(end)
                    null = Link((part,), (), _null_score(value, params)) if side == "s" else \
                        Link((), (part,), _null_score(value, params))
                    (before.append(null) if end == 0 else after.insert(0, null))
                    changed = True
                    break
            if changed:
                break
    if not before and not after:
        return [link]
    return before + [Link(tuple(src), tuple(tgt), link.score)] + after


def _pair_nulls(links: list[Link], score, params: Verify) -> list[Link]:
    """In each run of neighbouring null links, link an omission with an addition that it translates
    (best score first, never crossing another pair made)."""
    out: list[Link] = []
    k = 0
    while k < len(links):
        if links[k].src and links[k].tgt:
            out.append(links[k])
            k += 1
            continue
        end = k
        while end < len(links) and not (links[end].src and links[end].tgt):
            end += 1
        out.extend(_pair_run(links[k:end], score, params))
        k = end
    return out


def _pair_run(run: list[Link], score, params: Verify) -> list[Link]:
    srcs = [link.src[0] for link in run if link.src]
    tgts = [link.tgt[0] for link in run if link.tgt]
    if not srcs or not tgts:
        return run
    candidates = sorted(((score((i,), (j,)), i, j) for i in srcs for j in tgts), reverse=True)
    made: list[tuple[int, int, float]] = []
    for value, i, j in candidates:
        if value < params.pair:
            break
        if all((i - a) * (j - b) > 0 for a, b, _ in made):  # not the same items, not crossing
            made.append((i, j, value))
    if not made:
        return run
    made.sort()
    out: list[Link] = []
    by_src = {link.src[0]: link for link in run if link.src}
    by_tgt = {link.tgt[0]: link for link in run if link.tgt}
    done_s = done_t = -1
    for i, j, value in made + [(max(srcs) + 1, max(tgts) + 1, None)]:
        out += [by_src[s] for s in srcs if done_s < s < i] + [by_tgt[t] for t in tgts if done_t < t < j]
        if value is not None:
            out.append(Link((i,), (j,), round(min(0.5 + value, 0.9), 4)))
        done_s, done_t = i, j
    return out


def _null_score(value: float, params: Verify) -> float:
    """Confidence of a link undone: 0.5 at the threshold, up to 0.95 when nothing is explained."""
    nothing = math.log(1.0 - params.mix)
    closeness = (params.split - value) / max(params.split - nothing, 1e-9)
    return round(0.5 + 0.45 * min(max(closeness, 0.0), 1.0), 4)

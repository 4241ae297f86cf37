import random

import numpy as np

from qa_desk.align.aligner import PARAGRAPH, SENTENCE, _Anchors
from qa_desk.align.dp import MOVES, Sides, band_bounds, solve, solve_small
from qa_desk.align.features import ItemFeatures


def _random_items(rng, count):
    vocab = [f"w:{c}" for c in "abcdefghij"] + ["n:5", "n:12", "p:?"]
    return [ItemFeatures(rng.randint(5, 200), {k: 1.0 for k in rng.sample(vocab, rng.randint(0, 4))}, "")
            for _ in range(count)]


def _sides(fs, ft, anchors):
    return Sides(np.array([f.length for f in fs], float), np.array([f.length for f in ft], float),
                 anchors.ws, anchors.wt)


def _check_path(path, n, m):
    assert path[0][0] == 0 and path[0][2] == 0 and path[-1][1] == n and path[-1][3] == m
    for (_, i1, _, j1), (i0, _, j0, _) in zip(path, path[1:]):
        assert (i1, j1) == (i0, j0)
    assert all((i1 - i0, j1 - j0) in MOVES for i0, i1, j0, j1 in path)


def test_numpy_and_plain_dp_agree():
    rng = random.Random(3)
    for trial in range(60):
        n, m = rng.randint(1, 8), rng.randint(1, 8)
        fs, ft = _random_items(rng, n), _random_items(rng, m)
        anchors = _Anchors(fs, ft)
        params = SENTENCE if trial % 2 else PARAGRAPH
        big, _ = solve(_sides(fs, ft, anchors), anchors.overlap, params, half=64)
        small = solve_small(_sides(fs, ft, anchors), anchors.pair, params)
        _check_path(big, n, m)
        assert big == small


def test_narrow_band_reports_touching_its_edge():
    rng = random.Random(5)
    fs, ft = _random_items(rng, 60), _random_items(rng, 60)
    for f in ft[:25]:
        f.length = 1  # a run of near-empty targets pushes the path off the diagonal
    anchors = _Anchors(fs, ft)
    path, touched = solve(_sides(fs, ft, anchors), anchors.overlap, SENTENCE, half=2)
    _check_path(path, 60, 60)
    wide, touched_wide = solve(_sides(fs, ft, anchors), anchors.overlap, SENTENCE, half=64)
    assert not touched_wide
    assert touched or path == wide


def test_band_bounds_stay_inside_the_matrix():
    for n, m, half in ((10, 3, 2), (3, 10, 1), (100, 100, 5), (1, 1, 64)):
        lo, width = band_bounds(n, m, half)
        assert width <= m + 1
        assert (lo >= 0).all() and (lo + width - 1 <= m).all()
        assert lo[0] == 0 and lo[-1] + width - 1 == m


def _random_word_problem(rng, n: int, m: int):
    """Random sentences on both sides with random translated words: (anchors, words, sides)."""
    vocab = [f"x:{c}" for c in "klmnopqrst"]
    fs, ft = _random_items(rng, n), _random_items(rng, m)
    for f in fs + ft:
        f.words = {k: rng.choice((0.3, 0.6, 1.0)) for k in rng.sample(vocab, rng.randint(0, 5))}
    anchors, words = _Anchors(fs, ft), _Anchors(fs, ft, "words")
    sides = _sides(fs, ft, anchors)
    sides.ws2, sides.wt2 = words.ws, words.wt
    return anchors, words, sides


def test_numpy_and_plain_dp_agree_with_translated_words():
    rng = random.Random(11)
    for trial in range(60):
        n, m = rng.randint(1, 8), rng.randint(1, 8)
        anchors, words, sides = _random_word_problem(rng, n, m)
        params = SENTENCE if trial % 2 else PARAGRAPH
        assert params.words > 0
        big, _ = solve(sides, anchors.overlap, params, 64, words.overlap)
        small = solve_small(sides, anchors.pair, params, words.pair)
        _check_path(big, n, m)
        assert big == small


def test_numpy_and_plain_dp_agree_with_merge_and_boundary_costs():
    from dataclasses import replace

    rng = random.Random(17)
    for trial in range(80):
        n, m = rng.randint(1, 9), rng.randint(1, 9)
        anchors, words, sides = _random_word_problem(rng, n, m)
        sides.bs = np.array([i in (0, n) or rng.random() < 0.3 for i in range(n + 1)])
        sides.bt = np.array([j in (0, m) or rng.random() < 0.3 for j in range(m + 1)])
        params = replace(SENTENCE if trial % 2 else PARAGRAPH, merge=rng.choice((0.0, 3.0, 8.0)),
                         merge_mu=rng.choice((0.1, 0.3)), boundary=rng.choice((0.0, 1.5, 4.0)))
        big, _ = solve(sides, anchors.overlap, params, 64, words.overlap)
        small = solve_small(sides, anchors.pair, params, words.pair)
        _check_path(big, n, m)
        assert big == small


def test_a_merged_part_that_finds_none_of_its_anchors_pays_for_it():
    from dataclasses import replace

    from qa_desk.align.dp import _merge_cost_small

    params = replace(SENTENCE, merge=2.0, merge_mu=0.25)
    # one source item, two target parts of anchor weight 3 each; box[i][j]: overlap of sources < i, targets < j
    covered = [[0.0, 0.0, 0.0], [0.0, 1.5, 3.0]]  # both parts share half their anchors with the source
    bare = [[0.0, 0.0, 0.0], [0.0, 1.5, 1.5]]  # the second part shares none
    assert _merge_cost_small(params, 1, 2, 1, 2, covered, [3.0], [3.0, 3.0]) == 0.0
    assert _merge_cost_small(params, 1, 2, 1, 2, bare, [3.0], [3.0, 3.0]) == params.merge * 0.5 * 0.25


def test_a_sentence_pair_merged_then_one_split_is_read_as_such_not_as_three_loose_one_to_ones():
    """Source lengths 45, 45, 90 and target 90, 45, 45, no anchors: a 2-1 and a 1-2 link fit the lengths
    exactly; three 1-1 links are each twice as long on one side (4.4 nats of length cost in all). Novels'
    translators merge and split sentences often enough that the two links' priors (2.0 each) cost less;
    at Gale-Church's 2.3 each they would not."""
    from dataclasses import replace

    sides = Sides(np.array([45.0, 45.0, 90.0]), np.array([90.0, 45.0, 45.0]), np.zeros(3), np.zeros(3), ratio=1.0)
    merged = [(0, 2, 0, 1), (2, 3, 1, 3)]
    assert solve_small(sides, lambda i, j: 0.0, SENTENCE) == merged
    assert solve(sides, lambda lo_d, width_d: np.zeros((3, width_d + 1)), SENTENCE, half=64)[0] == merged
    gale_church = replace(SENTENCE, prior=SENTENCE.prior[:2] + (2.3, 2.3) + SENTENCE.prior[4:])
    assert solve_small(sides, lambda i, j: 0.0, gale_church) == [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 3)]

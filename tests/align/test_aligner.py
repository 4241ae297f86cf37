import random
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from sacrebleu import sentence_chrf

from qa_desk.align.aligner import Link, align
from qa_desk.align.refine import chrf, ngrams
from qa_desk.align.features import item_features, numbers

DATA = Path(__file__).resolve().parent / "data"
GOLD = Path(__file__).resolve().parents[3] / "shared" / "data" / "alignment" / "transread-dev"


def _pairs():
    rows = []
    for line in (DATA / "parallel_paragraphs.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            en, fr = line.split("\t")
            rows.append((en.split(" | "), fr.split(" | ")))
    return rows


def _check_cover(links, n, m):
    src = [i for link in links for i in link.src]
    tgt = [j for link in links for j in link.tgt]
    assert src == list(range(n)) and tgt == list(range(m))
    assert all(0.0 <= link.score <= 1.0 for link in links)


@pytest.mark.parametrize("raw,expected", [
    ("100,000 troops", ["100000"]), ("100 000 soldats", ["100000"]),
    ("100\u202f000 soldats", ["100000"]), ("2.3 or 2,3", ["2.3", "2.3"]),
    ("3,400 miles", ["3400"]), ("1.234,5", ["1234.5"]), ("in 2019 2020", ["2019", "2020"]),
])
def test_numbers_normalise(raw, expected):
    assert numbers(raw) == expected


def test_weak_cognate_acronyms_and_names():
    en = item_features("The NATO envoy met Sergei Ryabkov.").keys
    fr = item_features("L'envoyé de l'OTAN a rencontré Sergueï Ryabkov.").keys
    shared = set(en) & set(fr)
    assert "a:ANOT" in shared and "w:ryab" in shared
    assert en["a:ANOT"] < 1.0  # an anagram is weaker evidence than an identical string


def test_chrf_matches_sacrebleu():
    a, b = "Sergei Ryabkov NATO 100000", "Sergueï Ryabkov OTAN 100000"
    assert chrf(ngrams(b), ngrams(a)) == pytest.approx(sentence_chrf(b, [a]).score)


def test_kind_names():
    assert Link((0, 1), (0,), 0.5).kind == "2-1"
    assert Link((), (3,), 0.5).kind == "0-1"


def test_parallel_items_align_one_to_one():
    rows = _pairs()
    src = [" ".join(en) for en, _ in rows]
    tgt = [" ".join(fr) for _, fr in rows]
    links = align(src, tgt, level="paragraph")
    assert [link.kind for link in links] == ["1-1"] * len(rows)
    _check_cover(links, len(src), len(tgt))


@pytest.mark.parametrize("drop", [0, 3, 7])
def test_dropped_target_item_is_an_omission(drop):
    rows = _pairs()
    src = [" ".join(en) for en, _ in rows]
    tgt = [" ".join(fr) for k, (_, fr) in enumerate(rows) if k != drop]
    links = align(src, tgt, level="paragraph")
    _check_cover(links, len(src), len(tgt))
    assert [link.src for link in links if link.kind == "1-0"] == [(drop,)]
    assert all(link.kind in ("1-1", "1-0") for link in links)


def test_added_target_item_is_an_addition():
    rows = _pairs()
    src = [" ".join(en) for en, _ in rows]
    tgt = [" ".join(fr) for _, fr in rows]
    extra = "Selon nos informations, le préfet aurait déjà donné son accord verbal à la mairie."
    tgt.insert(5, extra)
    links = align(src, tgt, level="paragraph")
    _check_cover(links, len(src), len(tgt))
    assert [link.tgt for link in links if link.kind == "0-1"] == [(5,)]


def test_empty_sides():
    assert [link.kind for link in align(["a.", "b."], [])] == ["1-0", "1-0"]
    assert [link.kind for link in align([], ["a."])] == ["0-1"]
    assert align([], []) == []


def test_random_items_always_cover_in_order():
    rng = random.Random(7)
    words = [w for en, fr in _pairs() for s in en + fr for w in s.split()]
    for _ in range(20):
        n, m = rng.randint(0, 40), rng.randint(0, 40)
        src = [" ".join(rng.choices(words, k=rng.randint(1, 30))) for _ in range(n)]
        tgt = [" ".join(rng.choices(words, k=rng.randint(1, 30))) for _ in range(m)]
        _check_cover(align(src, tgt), n, m)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(max_size=40), max_size=12), st.lists(st.text(max_size=40), max_size=12))
def test_any_text_covers_in_order(src, tgt):
    _check_cover(align(src, tgt), len(src), len(tgt))


def test_long_input_with_offset_stays_in_band():
    """A 300-item drop near the start: the band must widen to follow the path."""
    rows = _pairs()
    src, tgt = [], []
    for k in range(150):
        en, fr = rows[k % len(rows)]
        src.append(f"Item {k}. " + " ".join(en))
        tgt.append(f"Point {k}. " + " ".join(fr))
    tgt = tgt[:10] + tgt[50:]  # 40 target paragraphs missing
    links = align(src, tgt, level="paragraph")
    _check_cover(links, len(src), len(tgt))
    omitted = [link.src[0] for link in links if link.kind == "1-0"]
    assert omitted == list(range(10, 50))


@pytest.mark.skipif(not GOLD.is_dir(), reason="TransRead dev data not present")
def test_gold_f1_does_not_regress():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "align_gold", Path(__file__).resolve().parents[2] / "bench" / "align_gold.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    results = bench.run_alignment(GOLD, quiet=True)
    assert results["overall"][2] >= 0.85


def test_optional_chrf_pass_keeps_cover_and_links():
    from qa_desk.align.aligner import SENTENCE_CHRF

    rows = _pairs()
    src = [s for en, _ in rows for s in en]
    tgt = [s for _, fr in rows for s in fr]
    plain = align(src, tgt)
    with_chrf = align(src, tgt, params=SENTENCE_CHRF)
    _check_cover(with_chrf, len(src), len(tgt))
    assert [link.kind for link in with_chrf] == [link.kind for link in plain] == ["1-1"] * len(src)


def test_scores_are_plain_floats():
    rows = _pairs()
    links = align([" ".join(en) for en, _ in rows], [" ".join(fr) for _, fr in rows[1:]], level="paragraph")
    assert all(type(link.score) is float for link in links)


def test_a_lone_paragraph_pair_is_costed_not_forced():
    rows = _pairs()
    long_en = " ".join(" ".join(en) for en, _ in rows[:6])
    short_fr = "Il pleuvait."
    unrelated = align([long_en], [short_fr], level="paragraph")
    assert [link.kind for link in unrelated] in (["1-0", "0-1"], ["0-1", "1-0"])
    en, fr = rows[0]
    assert [link.kind for link in align([" ".join(en)], [" ".join(fr)], level="paragraph")] == ["1-1"]
    # Sentences: a lone pair inside a paragraph link is already paired
    assert [link.kind for link in align([long_en], [short_fr])] == ["1-1"]

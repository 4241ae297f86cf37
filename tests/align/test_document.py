from pathlib import Path

from qa_desk.align.document import AlignedPair, align_texts
from qa_desk.align.dp import MOVES
from qa_desk.align.paragraphs import split_paragraphs

DATA = Path(__file__).resolve().parent / "data"


def _rows():
    rows = []
    for line in (DATA / "parallel_paragraphs.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            en, fr = line.split("\t")
            rows.append((en.split(" | "), fr.split(" | ")))
    return rows


def _text(paragraphs):
    return "\n\n".join(" ".join(p) for p in paragraphs) + "\n"


def _para_of(spans, start, end):
    for k, (a, b) in enumerate(spans):
        if a <= start and end <= b and start < end:
            return k
    return None


def _check_cover(pairs, src, tgt):
    """Every sentence character of both sides is in exactly one pair, in order."""
    for side, raw, key in (("src", src, lambda p: (p.src_start, p.src_end)),
                           ("tgt", tgt, lambda p: (p.tgt_start, p.tgt_end))):
        spans = [key(p) for p in pairs if key(p)[0] < key(p)[1]]
        assert spans == sorted(spans), side
        for (a0, a1), (b0, _) in zip(spans, spans[1:]):
            assert a1 <= b0, side
        covered = set()
        for a, b in spans:
            covered.update(range(a, b))
        assert {i for i, c in enumerate(raw) if not c.isspace()} <= covered, side


def test_seed_lead_is_the_only_omission(seed_pair):
    en = seed_pair[0].read_text(encoding="utf-8")
    fr = seed_pair[1].read_text(encoding="utf-8")
    pairs = align_texts(en, fr, "en", "fr")
    _check_cover(pairs, en, fr)
    en_paras, fr_paras = split_paragraphs(en), split_paragraphs(fr)
    assert len(en_paras) == 26 and len(fr_paras) == 25
    omitted = {_para_of(en_paras, p.src_start, p.src_end) for p in pairs if p.link == "1-0"}
    assert omitted == {0}
    assert all(p.link != "0-1" for p in pairs)
    mapping = {}
    for p in pairs:
        if p.link in ("1-0", "0-1"):
            continue
        mapping.setdefault(_para_of(fr_paras, p.tgt_start, p.tgt_end), set()).add(
            _para_of(en_paras, p.src_start, p.src_end))
        assert p.paragraph == _para_of(fr_paras, p.tgt_start, p.tgt_end)
    assert mapping == {k: {k + 1} for k in range(25)}


def test_dropped_middle_paragraph():
    rows = _rows()
    en = _text(en for en, _ in rows)
    fr = _text(fr for k, (_, fr) in enumerate(rows) if k != 4)
    pairs = align_texts(en, fr)
    _check_cover(pairs, en, fr)
    en_paras = split_paragraphs(en)
    omitted = [p for p in pairs if p.link == "1-0"]
    assert [_para_of(en_paras, p.src_start, p.src_end) for p in omitted] == [4] * len(rows[4][0])
    assert all(p.paragraph == 4 for p in omitted)  # the source paragraph, for an omission
    assert all(p.tgt_start == p.tgt_end for p in omitted)
    assert sum(p.link == "1-1" for p in pairs) == sum(len(en) for k, (en, _) in enumerate(rows) if k != 4)


def test_added_paragraph():
    rows = _rows()
    extra = "Selon nos informations, le préfet aurait déjà donné son accord verbal à la mairie."
    fr_paragraphs = [fr for _, fr in rows]
    fr_paragraphs.insert(3, [extra])
    en, fr = _text(en for en, _ in rows), _text(fr_paragraphs)
    pairs = align_texts(en, fr)
    _check_cover(pairs, en, fr)
    added = [p for p in pairs if p.link == "0-1"]
    assert [fr[p.tgt_start:p.tgt_end] for p in added] == [extra]
    assert added[0].paragraph == 3 and added[0].src_start == added[0].src_end


def test_two_sentences_merged_into_one():
    rows = _rows()
    fr_paragraphs = [fr for _, fr in rows]
    fr_paragraphs[5] = ["Les représentants syndicaux des dépôts, qui craignent la perte de 180 emplois, "
                        "rencontreront le préfet vendredi."]
    en, fr = _text(en for en, _ in rows), _text(fr_paragraphs)
    pairs = align_texts(en, fr)
    _check_cover(pairs, en, fr)
    merged = [p for p in pairs if p.link == "2-1"]
    assert len(merged) == 1
    assert en[merged[0].src_start:merged[0].src_end] == " ".join(rows[5][0])
    assert not [p for p in pairs if p.link in ("1-0", "0-1")]


def test_one_sentence_split_in_two():
    rows = _rows()
    fr_paragraphs = [fr for _, fr in rows]
    fr_paragraphs[3] = ["Le chef de l'opposition, Marc Lefort, a jugé le vote prématuré.",
                        "Il a demandé une étude indépendante."]
    en, fr = _text(en for en, _ in rows), _text(fr_paragraphs)
    pairs = align_texts(en, fr)
    _check_cover(pairs, en, fr)
    split = [p for p in pairs if p.link == "1-2"]
    assert len(split) == 1
    assert fr[split[0].tgt_start:split[0].tgt_end] == " ".join(fr_paragraphs[3])


def test_empty_target():
    rows = _rows()
    en = _text(en for en, _ in rows)
    pairs = align_texts(en, "")
    assert pairs and all(p.link == "1-0" and p.tgt_start == p.tgt_end == 0 for p in pairs)
    assert len(pairs) == sum(len(en) for en, _ in rows)
    assert align_texts("", "") == []


def test_pairs_are_frozen_dataclasses():
    pair = align_texts("One.", "Un.")[0]
    assert isinstance(pair, AlignedPair) and pair.link == "1-1"
    assert 0.0 <= pair.confidence <= 1.0


from hypothesis import given, settings, strategies as st  # noqa: E402

_KINDS = {f"{a}-{b}" for a, b in MOVES}  # every link the DP can make (1-4 and 2-3 included)
_TEXT = st.text(alphabet=st.sampled_from(list("ab AB.?!\"«»;\n\n\t1,0éÉ")), max_size=200)


@settings(max_examples=60, deadline=None)
@given(_TEXT, _TEXT)
def test_any_pair_of_texts_is_covered_in_order(src, tgt):
    pairs = align_texts(src, tgt)
    _check_cover(pairs, src, tgt)
    for p in pairs:
        assert 0 <= p.src_start <= p.src_end <= len(src) and 0 <= p.tgt_start <= p.tgt_end <= len(tgt)
        assert p.link in _KINDS
        assert (p.src_start == p.src_end) == (p.link == "0-1")
        assert (p.tgt_start == p.tgt_end) == (p.link == "1-0")


def test_empty_side_sits_after_the_previous_pair():
    rows = _rows()
    en = _text(en for en, _ in rows)
    fr = _text(fr for k, (_, fr) in enumerate(rows) if k != 2)
    pairs = align_texts(en, fr)
    for before, pair in zip(pairs, pairs[1:]):
        if pair.link == "1-0":
            assert pair.tgt_start == before.tgt_end


def test_crlf_text():
    rows = _rows()
    en = _text(en for en, _ in rows).replace("\n", "\r\n")
    fr = _text(fr for _, fr in rows).replace("\n", "\r\n")
    pairs = align_texts(en, fr)
    _check_cover(pairs, en, fr)
    assert all(p.link == "1-1" for p in pairs)
    assert all("\r" not in en[p.src_start:p.src_end] for p in pairs)


_DISPLACED_EN = ("In 1912 Marie Curie travelled to Warsaw with 14 students. The train left Paris at 6 in the "
                 "morning. They reached Berlin after 31 hours. She met Pierre Dubois there at 9 o'clock.\n\n"
                 "The trip cost 3,500 francs. Dubois paid 1,200 of them. The students returned to Lyon in May.\n")
_DISPLACED_FR = ("En 1912, Marie Curie se rendit à Varsovie avec 14 étudiants. Le train quitta Paris à 6 heures "
                 "du matin. Ils arrivèrent à Berlin au bout de 31 heures.\n\n"
                 "Elle y rencontra Pierre Dubois à 9 heures. Le voyage coûta 3 500 francs. Dubois en paya "
                 "1 200. Les étudiants rentrèrent à Lyon en mai.\n")


def _links_of(pairs):
    return [(_DISPLACED_EN[p.src_start:p.src_end], _DISPLACED_FR[p.tgt_start:p.tgt_end]) for p in pairs]


def test_a_sentence_the_translator_moved_into_the_next_paragraph_is_linked_across_the_boundary():
    links = _links_of(align_texts(_DISPLACED_EN, _DISPLACED_FR))
    assert ("She met Pierre Dubois there at 9 o'clock.", "Elle y rencontra Pierre Dubois à 9 heures.") in links
    assert all(p.link == "1-1" for p in align_texts(_DISPLACED_EN, _DISPLACED_FR))


def test_with_paragraph_boundaries_as_walls_the_moved_sentence_drags_its_neighbours(monkeypatch):
    """The same pair with the boundary repair off (what the aligner did before): merges on both sides."""
    from dataclasses import replace

    from qa_desk.align import document

    monkeypatch.setattr(document, "SENTENCE", replace(document.SENTENCE, boundary=0.0))
    kinds = [p.link for p in align_texts(_DISPLACED_EN, _DISPLACED_FR)]
    assert kinds != ["1-1"] * 7


def test_one_long_sentence_translated_as_five():
    rows = _rows()
    en_paragraphs = [en for en, _ in rows]
    fr_paragraphs = [fr for _, fr in rows]
    en_paragraphs[4] = ["The council approved the 2024 budget of 3.2 million euros on Monday, which includes "
                        "450,000 euros for the Lefort library, 120 new bicycles for the Marchand district, a "
                        "second bridge over the Sarre planned for 2027, and a tax cut of 2 percent for the "
                        "8,000 families of Valmont."]
    fr_paragraphs[4] = ["Le conseil a approuvé lundi le budget 2024 de 3,2 millions d'euros.",
                        "Il prévoit 450 000 euros pour la bibliothèque Lefort.",
                        "Le quartier Marchand recevra 120 nouveaux vélos.",
                        "Un second pont sur la Sarre est prévu pour 2027.",
                        "Les 8 000 familles de Valmont auront une baisse d'impôt de 2 %."]
    en, fr = _text(en_paragraphs), _text(fr_paragraphs)
    pairs = align_texts(en, fr)
    _check_cover(pairs, en, fr)
    fan = [p for p in pairs if p.link == "1-5"]
    assert len(fan) == 1
    assert fr[fan[0].tgt_start:fan[0].tgt_end] == " ".join(fr_paragraphs[4])
    assert not [p for p in pairs if p.link in ("1-0", "0-1")]

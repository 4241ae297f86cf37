import gzip
from dataclasses import replace

import pytest

from qa_desk.align.aligner import SENTENCE
from qa_desk.align.dp import link_cost
from qa_desk.align.lexical import (TABLE, Lexicon, default_lexicon, learn_pairs, lexical_lang, read_table,
                                   translation_keys, word_tokens)
from qa_desk.paths import resource_path


def test_word_tokens_cut_elisions_and_drop_digits():
    assert word_tokens("L'homme, 42 ans, est là.") == ["l", "homme", "ans", "est", "là"]


def test_shipped_table_is_compact_and_knows_common_words():
    path = resource_path(*TABLE)
    assert path.stat().st_size < 400_000
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        assert handle.readline().startswith("#en\tfr")
    table = default_lexicon()
    assert 5_000 < len(table) < 60_000
    for en, fr in (("king", "roi"), ("man", "homme"), ("white", "blanc")):
        assert fr in dict(table.pairs[en]), en


def test_read_table_rejects_a_short_line():
    with pytest.raises(ValueError, match="line 2"):
        read_table(["#en\tfr\tp\tp", "house\tmaison\t0.5"])


def test_translated_words_meet_as_anchors():
    table = read_table(["house\tmaison\t0.64\t1.0", "door\tporte\t1.0\t1.0"])
    en = translation_keys(word_tokens("The door of the house"), "en", table)
    fr = translation_keys(word_tokens("La porte de la maison"), "fr", table)
    assert en == {"x:porte": 1.0, "x:maison": 0.8}
    assert fr == {"x:porte": 1.0, "x:maison": 1.0}
    assert translation_keys(["casa"], "es", table) == {}


def test_lexical_lang_reads_regional_codes():
    assert (lexical_lang("en-GB"), lexical_lang("fr_CA"), lexical_lang("de"), lexical_lang(None)) == \
        ("en", "fr", None, None)


def test_learn_pairs_keeps_words_that_travel_together():
    en = [["the", "rabbit", "ran"], ["a", "white", "rabbit"], ["the", "queen"], ["queen", "ran"]]
    fr = [["le", "lapin", "courut"], ["un", "lapin", "blanc"], ["la", "reine"], ["reine", "courut"]]
    learnt = learn_pairs(en, fr, min_count=2, min_dice=0.6)
    assert ("lapin", 1.0) in learnt["rabbit"]
    assert ("reine", 1.0) in learnt["queen"]
    assert "white" not in learnt  # seen once: not enough to learn from
    extended = Lexicon({}).extended(learnt)
    assert "x:lapin" in extended.source_keys(["rabbit"])
    assert extended.target_keys(["lapin", "chapeau"]) == {"x:lapin": 1.0}


def test_translated_words_lower_the_cost_of_a_link():
    params = SENTENCE
    assert params.words > 0
    args = (params, 0, 1.1, 100.0, 110.0, 0.0, 0.0)
    translated = link_cost(*args, 3.0, 4.0, low=min, high=max)
    unrelated = link_cost(*args, 0.0, 4.0, low=min, high=max)
    assert translated < unrelated
    off = replace(params, words=0.0)
    assert link_cost(off, 0, 1.1, 100.0, 110.0, 0.0, 0.0, 3.0, 4.0, low=min, high=max) == \
        link_cost(off, 0, 1.1, 100.0, 110.0, 0.0, 0.0, 0.0, 4.0, low=min, high=max)


def test_paragraph_lessons_reach_both_the_paragraphs_and_their_sentences():
    from qa_desk.align.document import learn_from_paragraphs
    from qa_desk.align.features import item_features, merge_features

    def side(texts, lang):
        feats = [[item_features(t, lang)] for t in texts]
        return feats, [merge_features(f, len(t)) for f, t in zip(feats, texts)]

    en = [f"The zorblat number {k} was seen again near the river." for k in range(40)]
    fr = [f"Le glimou numéro {k} a été revu près de la rivière." for k in range(40)]
    (s_feats, s_pf), (t_feats, t_pf) = side(en, "en"), side(fr, "fr")
    assert "x:glimou" not in s_pf[0].words
    learnt = learn_from_paragraphs([(k, k) for k in range(40)], s_feats, s_pf, t_feats, t_pf, ("en", "fr"))
    assert learnt is not None
    s_feats2, s_pf2, t_feats2, t_pf2 = learnt
    assert "x:glimou" in s_pf2[0].words and "x:glimou" in s_feats2[0][0].words
    assert "x:glimou" in t_pf2[0].words and "x:glimou" in t_feats2[0][0].words
    assert learn_from_paragraphs([(k, k) for k in range(40)], s_feats, s_pf, t_feats, t_pf, ("en", "de")) is None

import math

from qa_desk.align.aligner import Link
from qa_desk.align.lexical import read_table, word_tokens
from qa_desk.align.verify import TranslationScore, Verify, verify_links

TABLE = read_table([
    "the\tle\t0.5\t0.5", "the\tla\t0.5\t0.5", "cat\tchat\t1.0\t1.0", "dog\tchien\t1.0\t1.0",
    "sleeps\tdort\t1.0\t1.0", "runs\tcourt\t1.0\t1.0", "house\tmaison\t1.0\t1.0", "in\tdans\t1.0\t1.0",
    "garden\tjardin\t1.0\t1.0", "old\tvieux\t1.0\t1.0", "black\tnoir\t1.0\t1.0", "little\tpetit\t1.0\t1.0",
    "king\troi\t1.0\t1.0", "queen\treine\t1.0\t1.0", "sea\tmer\t1.0\t1.0", "ship\tnavire\t1.0\t1.0",
])
EN = [word_tokens(t) for t in (
    "the old black cat sleeps in the little house of the garden",
    "the dog runs in the garden and the cat sleeps in the house",
    "the king and the queen sail on the sea in an old ship today",
    "the little dog runs to the sea and the old king runs after the dog",
)]
FR = [word_tokens(t) for t in (
    "le vieux chat noir dort dans la petite maison du jardin",
    "le chien court dans le jardin et le chat dort dans la maison",
    "le roi et la reine naviguent sur la mer dans un vieux navire",
    "le petit chien court vers la mer et le vieux roi court après le chien",
)]
OTHER = word_tokens("quelque temps après elle entendit un bruit de pas lointain et vite essuya ses yeux")
# the rest of a document (never linked here): the words above are rare in it, as words are in a book
BG_EN = [[f"e{k}x{n}" for n in range(12)] for k in range(60)]
BG_FR = [[f"f{k}x{n}" for n in range(12)] for k in range(60)]


def test_a_translation_scores_above_an_unrelated_paragraph():
    scorer = TranslationScore(TABLE, EN + BG_EN, FR + [OTHER] + BG_FR, mix=0.1)
    assert scorer.score(EN[0], FR[0]) > 0.2
    assert scorer.score(EN[0], OTHER) < 0.05
    assert scorer.score(EN[0], FR[0]) > scorer.score(EN[0], FR[2])


def test_nothing_explained_scores_log_of_one_minus_mix():
    scorer = TranslationScore(TABLE, [["zebra", "quagga"]], [["tuba", "cor"]], mix=0.1)
    assert math.isclose(scorer.score(["zebra", "quagga"], ["tuba", "cor"]), math.log(0.9))


def test_cognates_count_as_translations():
    scorer = TranslationScore(TABLE, [["candide", "wept"]] + BG_EN, [["candide", "pleura"]] + BG_FR, mix=0.1)
    assert scorer.score(["candide", "wept"], ["candide", "pleura"]) > math.log(0.9) + 0.1


def test_a_long_paragraph_is_not_diluted_below_a_short_one():
    scorer = TranslationScore(TABLE, EN + BG_EN, FR + BG_FR, mix=0.1)
    long_en, long_fr = EN[0] * 8, FR[0] * 8
    assert scorer.score(long_en, long_fr) > 0.8 * scorer.score(EN[0], FR[0])


def test_a_dropped_paragraph_linked_to_an_inserted_one_is_unlinked():
    links = [Link((0,), (0,), 0.9), Link((1,), (1,), 0.5), Link((2,), (2,), 0.9)]
    out = verify_links(links, EN[:3] + BG_EN, [FR[0], OTHER, FR[2]] + BG_FR, TABLE)
    assert [(l.src, l.tgt) for l in out] == [((0,), (0,)), ((1,), ()), ((), (1,)), ((2,), (2,))]


def test_a_link_the_aligner_trusts_or_too_short_to_judge_stays():
    links = [Link((0,), (0,), 0.9), Link((1,), (1,), 0.95), Link((2,), (2,), 0.5)]
    short = [FR[0], OTHER, ["le", "roi"]]
    out = verify_links(links, [EN[0], EN[1], ["a", "king"]] + BG_EN, short + BG_FR, TABLE)
    assert [(l.src, l.tgt) for l in out] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def test_an_inserted_paragraph_merged_into_a_link_is_split_off():
    links = [Link((0,), (0, 1), 0.6), Link((1,), (2,), 0.9)]
    out = verify_links(links, EN[:2] + BG_EN, [FR[0], OTHER, FR[1]] + BG_FR, TABLE)
    assert [(l.src, l.tgt) for l in out] == [((0,), (0,)), ((), (1,)), ((1,), (2,))]


def test_a_genuine_merge_keeps_its_parts():
    links = [Link((0, 1), (0,), 0.6)]
    merged_fr = FR[0] + FR[1]
    out = verify_links(links, EN[:2] + BG_EN, [merged_fr] + BG_FR, TABLE)
    assert [(l.src, l.tgt) for l in out] == [((0, 1), (0,))]


def test_an_omission_beside_its_translation_left_as_an_addition_is_linked():
    links = [Link((0,), (0,), 0.9), Link((1,), (), 0.6), Link((2,), (), 0.6), Link((), (1,), 0.6),
             Link((3,), (2,), 0.9)]
    out = verify_links(links, EN + BG_EN, [FR[0], FR[2], FR[3]] + BG_FR, TABLE)
    assert [(l.src, l.tgt) for l in out] == [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,))]


def test_an_omission_beside_an_unrelated_addition_stays_apart():
    links = [Link((0,), (), 0.6), Link((), (0,), 0.6)]
    out = verify_links(links, EN[:1] + BG_EN, [OTHER] + BG_FR, TABLE)
    assert [(l.src, l.tgt) for l in out] == [((0,), ()), ((), (0,))]


def test_french_source_is_scored_the_same_way_round():
    links = [Link((0,), (0,), 0.5), Link((1,), (1,), 0.5)]
    out = verify_links(links, [FR[0], OTHER] + BG_EN, [EN[0], EN[1]] + BG_FR, TABLE, src_is_english=False)
    assert [(l.src, l.tgt) for l in out] == [((0,), (0,)), ((1,), ()), ((), (1,))]


def test_thresholds_off_change_nothing():
    links = [Link((0,), (0,), 0.5), Link((1,), (), 0.5), Link((), (1,), 0.5)]
    off = Verify(split=-10.0, pair=10.0, relative=0.0)
    assert verify_links(links, EN[:2] + BG_EN, [OTHER, FR[1]] + BG_FR, TABLE, params=off) == links


def _paragraphs(n: int, lang: str) -> str:
    words = {"en": "The king saw the old house near the sea and the little garden, number {k}.",
             "fr": "Le roi vit la vieille maison près de la mer et le petit jardin, numéro {k}."}[lang]
    return "\n\n".join(words.format(k=k) for k in range(n))


def test_align_texts_checks_the_paragraph_links_of_a_long_enough_document(monkeypatch):
    from qa_desk.align import document

    seen = []
    real = document.verify_links

    def spy(links, src_tokens, tgt_tokens, *args):
        seen.append(len(links))
        return real(links, src_tokens, tgt_tokens, *args)

    monkeypatch.setattr(document, "verify_links", spy)
    document.align_texts(_paragraphs(5, "en"), _paragraphs(5, "fr"))
    assert seen == []  # too few paragraphs for the document's word frequencies
    document.align_texts(_paragraphs(40, "en"), _paragraphs(40, "fr"))
    assert seen == [40]
    monkeypatch.setattr(document, "VERIFY_LINKS", False)
    document.align_texts(_paragraphs(40, "en"), _paragraphs(40, "fr"))
    assert seen == [40]

"""Untranslated targets and English words inside French sentences."""
import pytest

from qa_desk.engine import load_document, run_checks
from qa_desk.model import BilingualDocument, Content, Segment
from qa_desk.nlp.langid import english_confidence, language_of, strip_names


def _run(pairs, checks="untranslated,english-words"):
    doc = BilingualDocument([Segment(str(n), Content(en), Content(fr)) for n, (en, fr) in enumerate(pairs, 1)])
    return [(i.check, i.text) for i in run_checks(doc, checks).issues]


def test_target_equal_to_source_is_untranslated():
    en = "Talks resumed on Monday in Geneva."
    assert _run([(en, en)]) == [("untranslated", en)]


def test_target_in_english_but_not_identical_is_untranslated():
    en = "The talks resumed on Monday in Geneva."
    fr = "The talks will resume on Monday in Geneva, the diplomats said."
    assert _run([(en, fr)]) == [("untranslated", fr)]


@pytest.mark.parametrize("text", ["Reuters", "NATO 2022", "Sergei Ryabkov", "(Reuters) -"])
def test_names_and_numbers_alone_are_not_untranslated(text):
    assert _run([(text, text)]) == []


@pytest.mark.parametrize("en,fr,flagged", [
    ("The talks resumed on Monday.", "Les talks ont repris lundi.", "talks"),
    ("The talks resumed on Monday.", "Les pourparlers ont repris lundi, the ministers said.", "the ministers said"),
    ("Prices rose sharply last year.", "Les prix ont augmenté sharply l'an dernier.", "sharply"),
    # a word built from everyday English words is English, however rare
    ("The stakeholders met.", "Les stakeholders se sont réunis.", "stakeholders"),
    ("Gender mainstreaming is slow.", "Le mainstreaming avance lentement.", "mainstreaming"),
])
def test_english_words_in_french_are_flagged(en, fr, flagged):
    assert _run([(en, fr)]) == [("english-words", flagged)]


@pytest.mark.parametrize("en,fr", [
    ("He gave a briefing on the weekend.", "Il a donné un briefing pendant le week-end."),
    ('He quoted "The Art of the Deal" on Monday.', "Il a cité « The Art of the Deal » lundi."),
    ("The Guardian reported it.", "Le Guardian l'a rapporté."),
    ("The minister will continue the reform.", "Le ministre continue la réforme."),
    ("The leader of the opposition spoke.", "Le leader de l'opposition a parlé."),
    ("The plans are important for the nation.", "Les plans sont importants pour la nation."),
    ("He will organise a vote.", "Il organise un vote."),
    # a lone word English seldom uses: a term the French keeps; an English plural of a French loan
    ("The farmers rent land under the rundale system.", "Les paysans louent la terre selon le système du rundale."),
    ("Their hobbies cost money.", "Leurs hobbies coûtent cher."),
    ("The remark was an obiter dictum.", "La remarque était un obiter dictum."),
])
def test_french_words_names_and_quoted_titles_are_not_english(en, fr):
    assert _run([(en, fr)]) == []


def test_omitted_segment_is_skipped():
    assert _run([("The talks resumed.", "")]) == []


@pytest.mark.parametrize("text,lang", [
    ("Sergueï Riabkov a rencontré Wendy Sherman à Genève.", "fr"),
    ("Washington et Kiev affirment que 100 000 soldats sont massés.", "fr"),
    ("Sergei Ryabkov met Wendy Sherman in Geneva on Monday.", "en"),
    ("The 1987 INF treaty ended in August 2019.", "en"),
])
def test_language_of_name_heavy_lines(text, lang):
    assert language_of(text) == lang


def test_too_few_words_give_no_answer():
    assert english_confidence("NATO 2022 Ryabkov") is None
    assert "100" not in strip_names("Il y avait 100 000 soldats de l'OTAN.")


def test_seed_is_all_translated(seed_pair):
    doc = load_document([str(p) for p in seed_pair])
    assert run_checks(doc, "untranslated,english-words").issues == []


@pytest.mark.parametrize("en, fr", [
    ("Ursula von der Leyen met the press.", "Ursula von der Leyen a rencontré la presse."),
    ("Luis de Guindos said the bank was ready.", "Luis de Guindos a dit que la banque était prête."),
    ("Vincent van Gogh painted in Arles.", "Vincent van Gogh a peint à Arles."),
])
def test_name_particles_are_not_english_words(en, fr):
    assert _run([(en, fr)], "english-words") == []


def test_an_english_word_before_a_name_is_still_flagged():
    issues = _run([("The talks were held with the minister.", "Les pourparlers ont eu lieu with le ministre.")],
                  "english-words")
    assert issues == [("english-words", "with")]


def test_names_urls_latin_and_numbers_in_words_are_not_english():
    from qa_desk.engine import run_checks
    from qa_desk.model import BilingualDocument, Content, Segment

    pairs = [("And Wuffli may have erred.", "Et wuffli aurait commis une erreur."),
             ("It sued the Royal Bank of Scotland.", "Il a assigné la Royal Bank of Scotland."),
             ("Visit www.festaacademica.cz for more.", "Voir www.festaacademica.cz pour en savoir plus."),
             ("A de facto one-party state, in vitro.", "Un État à parti unique de facto, in vitro."),
             ("Every six minutes, a woman dies.", "Toutes les six minutes, une femme meurt."),
             ("Mr Abd al-Rahim al-Nashiri is held.", "M. Abd al-Rahim al-Nashiri est détenu.")]
    doc = BilingualDocument([Segment(str(n), Content(en), Content(fr)) for n, (en, fr) in enumerate(pairs)])
    assert run_checks(doc, "english-words").issues == []

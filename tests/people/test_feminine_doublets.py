"""autrice / auteure: both correct; the document's habit comes first, the other is offered too."""
from qa_desk.engine import run_checks
from qa_desk.model import BilingualDocument, Content, Segment
from qa_desk.people.feminine_doublets import habit, with_doublets


def _suggestions(pairs):
    doc = BilingualDocument([Segment(str(n), Content(en), Content(fr), paragraph=n)
                             for n, (en, fr) in enumerate(pairs)], source_lang="en", target_lang="fr")
    return [i.suggestions for i in run_checks(doc, "gender").issues]


def test_both_feminines_are_offered_the_default_first():
    assert _suggestions([("She is the author of three novels.", "Il est l'auteur de trois romans.")]) \
        == [["Elle est l'autrice", "Elle est l'auteure"]]


def test_the_documents_own_form_comes_first():
    pairs = [("The author of the report, Ana Silva, was thanked.", "L'auteure du rapport, Ana Silva, a été remerciée."),
             ("She is the author of three novels.", "Il est l'auteur de trois romans.")]
    assert _suggestions(pairs) == [["Elle est l'auteure", "Elle est l'autrice"]]


def test_a_word_the_translator_wrote_is_kept_and_no_doublet_means_one_suggestion():
    preferred = habit([])
    assert with_doublets("Elle, autrice et rédactrice", "Il, autrice et rédacteur", preferred) \
        == ["Elle, autrice et rédactrice"]
    assert with_doublets("Elle est la rédactrice", "Il est le rédacteur", preferred) == ["Elle est la rédactrice"]
    assert with_doublets("Les Autrices", "Les Auteurs", preferred) == ["Les Autrices", "Les Auteures"]

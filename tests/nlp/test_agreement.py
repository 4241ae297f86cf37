"""What agrees with a subject in French: the words verb_group_words returns after "X ..."."""
import pytest

from qa_desk.nlp.agreement import is_person_noun, verb_group_words
from qa_desk.nlp.tokens import tokenize


def _agreeing(sentence: str) -> list[tuple[str, str]]:
    tokens = tokenize(sentence)
    return [(w.token.text, w.gender) for w in verb_group_words(tokens, 1)]


@pytest.mark.parametrize("sentence, expected", [
    ("X est l'auteure de deux livres.", [("auteure", "f")]),
    ("X est l'auteur de deux livres.", [("auteur", "m")]),
    ("X était une artiste compétente.", [("une", "f"), ("compétente", "f")]),
    ("X resta présidente du parti.", [("présidente", "f")]),
    ("X devint directeur de la banque.", [("directeur", "m")]),
    ("X a été élue députée.", [("élue", "f"), ("députée", "f")]),
    ("X fut nommée directrice de l'équipe.", [("nommée", "f"), ("directrice", "f")]),
    ("X est devenu commandant en second.", [("devenu", "m"), ("commandant", "m")]),
    ("X a été nommée par le président.", [("nommée", "f")]),  # par opens no attribute
    ("X a déclaré qu'il partait.", []),  # avoir alone: nothing agrees
    ("X est l'un des fondateurs.", []),  # plural complement: no gender shown
])
def test_predicates_and_attributes_agree_with_the_subject(sentence, expected):
    assert _agreeing(sentence) == expected


@pytest.mark.parametrize("word, person", [("artiste", True), ("bibliothécaire", True), ("élève", True),
                                          ("infirmière", True), ("compétente", False), ("couleur", False),
                                          ("victime", False), ("témoin", False)])
def test_epicene_and_gendered_role_nouns_name_people(word, person):
    assert is_person_noun(word) is person

"""What agrees with a subject in French: the words verb_group_words returns after "X ..."."""
import pytest

from qa_desk.people.agreement import verb_group_words
from qa_desk.people.french_words import GenderedWord, is_adverb, is_person_noun, rewrite, word_gender
from qa_desk.nlp.tokens import Token, tokenize


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
    ("X a été nommée présidente du conseil.", [("nommée", "f"), ("présidente", "f")]),
    # an order's grade is given to women unchanged
    ("X a été nommée chevalier de la Légion d'honneur.", [("nommée", "f")]),
    ("X est l'un des fondateurs.", [("un", "m")]),  # "un" shows the gender, a masculine group does not
    # a feminine group does: a man is no "l'une des premières pilotes"
    ("X était l'une des premières pilotes.", [("une", "f"), ("premières", "f")]),
    ("X était aussi l'une des meilleures chanteuses.", [("une", "f"), ("meilleures", "f"), ("chanteuses", "f")]),
    ("X est actuellement listée comme experte.", [("listée", "f")]),  # an adverb in -ment is skipped
    ("X fut plus tard nommée au poste.", [("nommée", "f")]),
    ("X est la co-fondatrice du groupe.", [("la", "f"), ("co-fondatrice", "f")]),
    ("X s'est vu offrir le contrat.", []),  # an infinitive follows: no agreement required
    ("X s'est plainte.", [("plainte", "f")]),
    ("X se dit prête à partir.", [("prête", "f")]),  # a pronominal verb's attribute, simple tense
    ("X se sentait seul.", [("seul", "m")]),
    ("X se dit que tout ira bien.", []),
    # a relative clause on the predicate noun has the subject for its subject (an age between at most)
    ("X est une militante qui a été arrêtée hier.", [("une", "f"), ("militante", "f"), ("arrêtée", "f")]),
    ("X était un garçon de 10 ans qui avait été mordu.", [("un", "m"), ("garçon", "m"), ("mordu", "m")]),
    ("X est la fille d'un homme qui a été arrêté.", [("la", "f"), ("fille", "f")]),  # the man's clause
])
def test_predicates_and_attributes_agree_with_the_subject(sentence, expected):
    assert _agreeing(sentence) == expected


@pytest.mark.parametrize("word, person", [("artiste", True), ("bibliothécaire", True), ("élève", True),
                                          ("infirmière", True), ("compétente", False), ("couleur", False),
                                          ("victime", False), ("témoin", False)])
def test_epicene_and_gendered_role_nouns_name_people(word, person):
    assert is_person_noun(word) is person


@pytest.mark.parametrize("word, adverb", [("actuellement", True), ("rapidement", True), ("tard", True),
                                          ("gouvernement", False), ("moment", False), ("présidente", False)])
def test_adverbs_in_ment_are_told_from_nouns(word, adverb):
    assert is_adverb(word) is adverb


@pytest.mark.parametrize("word, gender, other", [("co-fondatrice", "f", "co-fondateur"),
                                                 ("vice-présidente", "f", "vice-président"),
                                                 ("ex-directeur", "m", "ex-directrice")])
def test_hyphenated_role_nouns_take_the_head_gender_and_rewrite_it(word, gender, other):
    assert is_person_noun(word) and word_gender(word) == gender
    flipped = "m" if gender == "f" else "f"
    assert rewrite(GenderedWord(Token(word, 0, len(word)), gender, "noun"), flipped) == other


@pytest.mark.parametrize("name", ["Jean-Pierre", "Saint-Denis", "Marie-Claude"])
def test_hyphenated_names_are_no_role_nouns(name):
    assert word_gender(name) is None and not is_person_noun(name)


@pytest.mark.parametrize("sentence, gender, expected", [
    ("Il fait tout ce qu'il peut.", "m", False),  # "fait", "tout": no determiner, no noun here
    ("La décision l'a surpris, bien qu'elle fût attendue.", "f", True),
    ("Le rapport est prêt, dit-elle, et elle part.", "f", False),  # "rapport" is masculine
    ("Une telle chose est pire quand elle vient de lui.", "f", True),  # an adjective between
])
def test_a_noun_a_later_pronoun_may_stand_for_has_a_determiner(sentence, gender, expected):
    from qa_desk.people.french_positions import noun_before
    tokens = tokenize(sentence)
    last = max(i for i, t in enumerate(tokens) if t.lower in ("il", "elle"))
    assert noun_before(tokens, last, gender) is expected

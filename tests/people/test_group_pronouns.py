"""A group's French ils/elles follows the English group's sex, only when the English "they" can be
no one and nothing else."""
from qa_desk.engine import apply_suggestions, run_checks
from qa_desk.model import BilingualDocument, Content, Segment


def _fixed(english: str, french: str) -> str:
    doc = BilingualDocument([Segment("1", Content(english), Content(french), paragraph=0)],
                            source_lang="en", target_lang="fr")
    apply_suggestions(doc, run_checks(doc, "gender,title").issues)
    return doc.segments[0].target_text


def test_a_groups_pronoun_and_its_verb_group_follow_the_group():
    assert _fixed("As the sisters grew older, they moved away from the village.",
                  "Quand les sœurs vieillirent, ils se sont éloignés du village.") \
        == "Quand les sœurs vieillirent, elles se sont éloignées du village."
    assert _fixed("The monks said they were tired.", "Les moines ont dit qu'elles étaient fatiguées.") \
        == "Les moines ont dit qu'ils étaient fatigués."


def test_the_groups_own_noun_and_its_apposition_do_not_hide_its_pronoun():
    # "hommes" is the group's noun mistranslated, "infirmiers" its apposition: neither is another "they"
    assert "qu'elles étaient épuisées" in _fixed(
        "The two women, both nurses, said they were exhausted.",
        "Les deux hommes, tous deux infirmiers, ont dit qu'ils étaient épuisés.")


def test_a_woman_who_cannot_be_one_of_them_does_not_stop_the_groups_pronoun():
    # "Her sons": she owns the group; "proud of her": she is the object of their clause
    assert _fixed("Her sons, Tom and Ben, said they were proud of her.",
                  "Ses fils, Tom et Ben, ont dit qu'elles étaient fières d'elle.") \
        == "Ses fils, Tom et Ben, ont dit qu'ils étaient fiers d'elle."


def test_a_they_that_may_be_others_is_left_alone():
    for english, french in (
            # the mice are no men: "they" may be them, and French "souris" is feminine
            ("He found that male mice prefer to nest with their brothers, whether they knew each other or not.",
             "Il a découvert que les souris mâles préféraient nicher avec leurs frères, qu'elles se connaissent ou non."),
            # a mixed group: ils is right
            ("The daughters and sons said they were tired.", "Les filles et les fils ont dit qu'ils étaient fatigués."),
            # toys of the girls: the masculine plural noun before the pronoun may be what it means
            ("The girls lost the toys because they were careless.",
             "Les filles ont perdu les jouets parce qu'ils étaient mal rangés.")):
        assert _fixed(english, french) == french


def test_a_they_that_may_include_a_person_of_the_other_sex_is_left_alone():
    # the priest may be one of "they": a mixed group, and ils is right
    french = "Les religieuses et le prêtre ont dit qu'ils étaient fatigués."
    assert _fixed("The nuns and the priest said they were tired.", french) == french
    french = "Les sœurs ont dit à leur père qu'ils partiraient ensemble."
    assert _fixed("The sisters told their father that they would leave together.", french) == french


def test_a_sentence_with_nothing_to_change_is_not_parsed(monkeypatch):
    # a group's pronoun is checked only where the English has "they" and the French an ils or elles:
    # the other sentences cost no parse (the check ran on every sentence of a document)
    from qa_desk.people import english, group_pronouns

    def no_parse(text):
        raise AssertionError(f"parsed {text!r}")

    monkeypatch.setattr(english, "parse", no_parse)
    assert group_pronouns.group_pronoun_fixes("The nuns sang in the choir.", "Les religieuses chantaient.") == ()
    assert group_pronouns.continued_group_fixes("The nuns sang.", "They left early.", "Les religieuses sont parties tôt.") == ()
    assert group_pronouns.group_pronoun_fixes("The nuns said they would sing.", "Les sœurs chanteront.") == ()

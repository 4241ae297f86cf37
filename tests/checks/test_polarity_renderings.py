"""Polarity a professional translation turns round without changing the meaning (issue 13, second
pass): negated negative words said plainly, scarcity words, French words of doubt. Sentences
written for these tests; each group has its counterpart that must still be flagged."""
import pytest

from qa_desk.checks.negation import negation_mismatch


@pytest.mark.parametrize("en,fr", [
    # a negated negative word ("nothing unusual", "no different") said positively
    ("There is nothing unusual about paying the bills in spring.", "Il est tout à fait normal de régler les factures au printemps."),
    ("Farmers are no different from other workers.", "Les agriculteurs sont comme les autres travailleurs."),
    # scarcity said by a negation: "scant", "poorly"
    ("The report makes scant mention of the costs.", "Le rapport ne dit presque rien des coûts."),
    ("The villagers feel poorly protected.", "Les villageois n'ont pas le sentiment d'être bien protégés."),
    # a doubt said by an adjective
    ("I am not convinced that the plan will work.", "Je suis dubitatif quant à la réussite du plan."),
])
def test_polarity_that_agrees_is_not_flagged(en, fr):
    assert negation_mismatch(en, fr) is None


@pytest.mark.parametrize("en,fr", [
    # the negative word kept in French ("différemment"): the negation is lost
    ("The regions will not be treated differently.", "Les régions seront traitées différemment."),
    ("There is nothing unusual about it.", "C'est inhabituel."),
])
def test_a_lost_negation_is_still_flagged(en, fr):
    assert negation_mismatch(en, fr) is not None

"""Negation below the sentence (qa_desk/checks/negation_clauses.py): a clause pair at but/mais, a
French soft word that renders a plain English word, 'non plus' in a verb's clause, 'contre' on a
noun, 'Seulement' as however. Sentences written for these tests."""
import pytest

from qa_desk.checks.meaning import count_english_negations, count_french_negations
from qa_desk.checks.negation import negation_mismatch


@pytest.mark.parametrize("en,fr", [
    # the clause before "but" lost its negation; a soft word after "mais" does not say it
    ("These are not real errors, but the sign of haste.", "Ce sont de vraies erreurs, mais plutôt le signe de la hâte."),
    ("He is not lazy at all, but tired after a long week.", "Il est très paresseux, mais surtout fatigué, faute de sommeil."),
    # "non plus" with a verb of its own and no "ne": the negation is gone
    ("The new rule does not help farmers either.", "La nouvelle règle aide, elle non plus, les agriculteurs."),
    ("I do not want to sell it either.", "Je veux non plus le vendre."),
    # "contre" on a noun is a complement, not what "not" became
    ("The farmers are not angry with the minister.", "Les agriculteurs sont en colère contre le ministre."),
    # "Seulement," opening a sentence is "however"
    ("However, he did not sign the treaty.", "Seulement, il a signé le traité."),
    # a soft French word that renders a soft English word beside the negation
    ("The towns are not all rich, far from it.", "Les villes sont, loin de là, toutes riches."),
    ("The minister could only agree. It was not clear whether the plan would work.",
     "Le ministre n'a pu que donner son accord. Il était clair que le plan fonctionnerait."),
    ("We could not do without the car on that trip.", "La voiture devait nous manquer pendant ce voyage."),
    ("The delegates will not travel to the capital in vain.", "Les délégués iront à la capitale pour rien."),
    ("A fence will not stop the deer getting in.", "Une clôture empêchera les cerfs d'entrer."),
    ("It would not please many readers, as it means reading, not just looking at pictures.",
     "Cela plaira à beaucoup de lecteurs car il faudra lire plutôt que de regarder des images."),
    ("The donors have not been selfless.", "Les donateurs ont été désintéressés."),
    # a soft French word that renders a plain English word
    ("At least ten of the reports were not read.", "Pas moins de dix des rapports ont été lus."),
    ("It must not be forgotten that the river floods.", "On doit ignorer que la rivière déborde."),
    ("Our team will not miss the final.", "Notre équipe sera absente de la finale."),
    ("She did not answer the man who constantly insulted her.", "Elle a répondu à l'homme qui n'arrête pas de l'insulter."),
    ("We do not want to wreck the talks.", "Nous voulons faire échouer les négociations."),
    ("It is not an unregulated market.", "C'est un marché non réglementé."),
    ("This will not be possible unless we act.", "Cela sera possible sans agir."),
    ("It is not enough merely to agree.", "Il suffit d'être d'accord."),
    # a French negation that renders an English soft word is not the English negation's
    ("You must not open the box, to avoid any burn.", "Vous pouvez ouvrir la boîte pour ne pas vous brûler."),
    # "librement" (freely) and "quelque chose de négatif" say no clause's polarity
    ("We do not know it well, and they could not travel freely.",
     "Nous le connaissons bien, et ils ne pouvaient pas voyager librement."),
    ("He does not see the new law as a burden.", "Il voit la nouvelle loi comme quelque chose de négatif."),
])
def test_a_negation_lost_beside_a_soft_word_that_renders_something_else_is_flagged(en, fr):
    assert negation_mismatch(en, fr) is not None


@pytest.mark.parametrize("en,fr", [
    ("The plan is not cheap, but it works in every town.", "Le plan n'est pas bon marché, mais il marche partout."),
    ("The road is not easy, but it is short.", "La route est difficile, mais elle est courte."),
    ("It is not the price but the delay that worries us.", "C'est le délai, mais pas le prix, qui nous inquiète."),
    ("Nor do I.", "Moi non plus."),
    ("We did not support the motion.", "Nous avons voté contre la motion."),
    ("The towns are far from rich.", "Les villes sont loin d'être riches."),
    ("You will not get a refund unless you ask for it.", "Vous ne serez remboursé que si vous le demandez."),
    ("They came in vain.", "Ils sont venus pour rien."),
    ("A fence will stop the deer.", "Une clôture empêchera les cerfs d'entrer."),
    ("We must not forget the victims.", "Nous ne devons pas ignorer les victimes."),
    ("Our team will miss the final.", "Notre équipe sera absente de la finale."),
    ("We want to wreck the talks.", "Nous voulons faire échouer les négociations."),
    ("It is an unregulated market.", "C'est un marché non réglementé."),
    ("This will not be possible unless we act.", "Cela ne sera pas possible sans agir."),
    ("It is not enough merely to agree.", "Il ne suffit pas que nous soyons d'accord."),
    ("They have to leave the town.", "Ils n'ont pas d'autre choix que de quitter la ville."),
    ("Cover the box to avoid any burn.", "Couvrez la boîte pour ne pas vous brûler."),
    ("He sees the new law as a burden.", "Il voit la nouvelle loi comme quelque chose de négatif."),
])
def test_the_same_words_with_the_polarity_kept_are_not_flagged(en, fr):
    assert negation_mismatch(en, fr) is None


def test_seulement_opening_a_sentence_is_however_not_a_restriction():
    assert count_french_negations("Seulement, il a signé le traité.")[1] == 0
    assert count_french_negations("Il a seulement signé le traité.")[1] == 1


def test_no_other_choice_but_is_a_restriction_not_a_negation():
    assert count_french_negations("Ils n'ont pas d'autre choix que de partir.")[0] == 0
    assert count_french_negations("Ils n'ont pas d'argent pour partir.")[0] == 1


def test_not_enough_merely_is_a_negation_not_a_not_only():
    assert count_english_negations("It is not enough merely to agree.")[0] == 1
    assert count_english_negations("It is not merely a question of money.")[0] == 0

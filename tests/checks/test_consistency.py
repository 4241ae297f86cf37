"""Consistency: repeated source sentences and acronyms rendered two ways in one document."""
from qa_desk.engine import run_checks
from qa_desk.model import BilingualDocument, Content, Segment


def doc(*pairs):
    return BilingualDocument([Segment(f"s{n}", Content(s), Content(t)) for n, (s, t) in enumerate(pairs, 1)])


def issues(document, check):
    return run_checks(document, check, {}).issues


def test_same_source_translated_two_ways_flags_the_minority():
    d = doc(("Talks resumed on Monday.", "Les pourparlers ont repris lundi."),
            ("The minister left.", "Le ministre est parti."),
            ("Talks  resumed on monday.", "Les discussions ont repris lundi."),
            ("Talks resumed on Monday.", "Les pourparlers ont  repris lundi."))
    found = issues(d, "consistency")
    assert [(i.segment, i.suggestions) for i in found] == [("s3", ["Les pourparlers ont repris lundi."])]


def test_consistency_tie_flags_the_later_rendering():
    d = doc(("He resigned.", "Il a démissionné."), ("He resigned.", "Il a quitté ses fonctions."))
    assert [i.segment for i in issues(d, "consistency")] == ["s2"]


def test_consistent_document_is_clean():
    d = doc(("He resigned.", "Il a démissionné."), ("He resigned.", "Il a  démissionné. "),
            ("12", "12"), ("12", "douze"))
    assert issues(d, "consistency") == []


def test_source_acronym_rendered_two_ways():
    d = doc(("The International Monetary Fund (IMF) cut its forecast.", "Le Fonds monétaire international (FMI) a abaissé sa prévision."),
            ("The IMF said growth would slow.", "Le FMI a dit que la croissance ralentirait."),
            ("IMF economists disagreed.", "Les économistes de l'IMF n'étaient pas d'accord."),
            ("ECONOMY SLOWS", "L'ÉCONOMIE RALENTIT"))
    found = issues(d, "acronym-consistency")
    assert [(i.segment, i.text, i.suggestions) for i in found] == [("s3", "IMF", ["FMI"])]


def test_acronym_tie_flags_the_later_and_several_acronyms_are_resolved():
    d = doc(("The IMF and the ECB met.", "Le FMI et la BCE se sont réunis."),
            ("The IMF warned.", "Le FMI a averti."),
            ("The ECB agreed.", "La BCE était d'accord."),
            ("The ECB and the IMF disagreed.", "L'ECB et le FMI étaient en désaccord."))
    found = issues(d, "acronym-consistency")
    assert [(i.segment, i.text, i.suggestions) for i in found] == [("s4", "ECB", ["BCE"])]


def test_acronyms_kept_or_translated_consistently_are_clean():
    d = doc(("GENEVA, May 2 - The WHO said", "GENÈVE, 2 mai - L'OMS a dit"),
            ("The WHO and NATO met.", "L'OMS et l'OTAN se sont réunies."),
            ("The ESA launch", "Le lancement de l'ESA"), ("ESA said", "L'ESA a dit"),
            ("U.S. officials", "Les responsables américains"))
    assert issues(d, "acronym-consistency") == []


def test_french_acronym_with_two_expansions_or_expansion_with_two_acronyms():
    d = doc(("x", "L'Organisation mondiale de la santé (OMS) alerte."),
            ("y", "Selon l'Organisation mondiale de la santé (WHO), c'est grave."),
            ("z", "L'Organisation mondiale de la santé (OMS) insiste."))
    found = issues(d, "acronym-consistency")
    assert [(i.segment, i.text, i.suggestions) for i in found] == [("s2", "WHO", ["OMS"])]


def test_seed_pair_acronym_split(seed_pair):
    """On the seed, exactly one acronym rendering is in the minority, and its suggestion is used elsewhere."""
    from qa_desk.engine import load_document

    d = load_document([str(p) for p in seed_pair])
    found = issues(d, "acronym-consistency,consistency")
    assert len(found) == 1 and found[0].check == "acronym-consistency"
    flagged, wanted = found[0].text, found[0].suggestions[0]
    assert flagged.isupper() and wanted.isupper() and flagged != wanted
    others = [s.target_text for s in d.segments if s.id != found[0].segment]
    assert sum(wanted in t for t in others) >= 2 and not any(flagged in t for t in others)


def test_a_corrected_repetition_is_the_model_not_the_majority():
    """Issue 16: fixing one of many repeated sentences must not be flagged back to the old error."""
    wrong, right = "Les pourparlers a repris.", "Les pourparlers ont repris."
    d = doc(*[("Talks resumed.", wrong)] * 5)
    assert issues(d, "consistency") == []
    d.segments[2].target = Content(right)  # the reviewer's fix (original_target keeps the error)
    found = issues(d, "consistency")
    assert [i.segment for i in found] == ["s1", "s2", "s4", "s5"]
    assert {tuple(i.suggestions) for i in found} == {(right,)}
    assert "corrected" in found[0].message


def test_an_acronym_an_edit_introduced_wins():
    d = doc(("The IMF met.", "L'IMF s'est réuni."), ("The IMF spoke.", "L'IMF a parlé."),
            ("The IMF left.", "L'IMF est parti."), ("The IMF slept.", "L'IMF a dormi."))
    assert issues(d, "acronym-consistency") == []
    d.segments[1].target = Content("Le FMI a parlé.")
    found = issues(d, "acronym-consistency")
    assert [(i.segment, i.suggestions) for i in found] == [("s1", ["FMI"]), ("s3", ["FMI"]), ("s4", ["FMI"])]

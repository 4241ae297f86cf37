"""French typography checks: house styles, automatic fixes, and what must never be flagged."""
from qa_desk.engine import apply_suggestions, expand_document_issue, run_checks
from qa_desk.model import BilingualDocument, Content, Segment

NBSP, NNBSP = "\u00a0", "\u202f"
PRESS = {"typography": {"style": "press-nnbsp"}}


def doc(*pairs, lang="fr"):
    return BilingualDocument([Segment(f"s{n}", Content(s), Content(t)) for n, (s, t) in enumerate(pairs, 1)],
                             target_lang=lang)


def issues(document, check, settings=None):
    return run_checks(document, check, settings or {}).issues


def places(document, check, settings=None):
    """Every place flagged, a document-level issue counted at each of its occurrences."""
    return [one for i in issues(document, check, settings) for one in expand_document_issue(i)]


def fixed(document, check, settings=None):
    apply_suggestions(document, issues(document, check, settings))
    return [s.target_text for s in document.segments]


def test_spacing_imprimerie_nationale_fixes_colon_and_exclamation():
    d = doc(("He said: no!", "Il a dit: non !"))
    found = issues(d, "spacing")
    assert [i.text for i in found] == [":", " !"]
    assert found[0].suggestions == [NBSP + ":"] and found[1].suggestions == [NNBSP + "!"]
    assert fixed(d, "spacing") == [f"Il a dit{NBSP}: non{NNBSP}!"]


def test_spacing_press_style_wants_narrow_space_before_colon():
    d = doc(("Note: yes; no?", f"Note{NBSP}: oui{NNBSP}; non{NNBSP}?"))
    assert [i.text for i in issues(d, "spacing", PRESS)] == [NBSP + ":"]
    assert issues(d, "spacing") == []  # the same text is right in the default style


def test_spacing_leaves_urls_times_ratios_and_email_alone():
    text = (f"Rendez-vous à 15:30 sur https://exemple.fr/page?id=3 ou par mail@exemple.fr{NNBSP}; "
            f"score 3:1{NNBSP}!")
    assert issues(doc(("x", text)), "spacing") == []


def test_spacing_before_comma_and_period_but_not_an_elision():
    d = doc(("Yes, thanks.", "Oui , merci ."), ("We were firm ... in", "Nous étions fermes ... en"))
    found = issues(d, "spacing")
    assert [(i.segment, i.text) for i in found] == [("s1", " "), ("s1", " ")]
    assert fixed(d, "spacing")[0] == "Oui, merci."


def test_spacing_only_before_the_first_of_a_run():
    assert [i.text for i in issues(doc(("Really?!", "Vraiment?!")), "spacing")] == ["?"]


def test_straight_double_quotes_become_guillemets_per_style():
    d = doc(('"We were firm," he said.', '"Nous avons été fermes", a-t-il dit.'))
    found = places(d, "quotes")
    assert len(found) == 2 and found[0].start == 0
    assert fixed(d, "quotes") == [f"«{NBSP}Nous avons été fermes{NBSP}», a-t-il dit."]
    d = doc(('He spoke of "progress".', 'Il a parlé de " progrès ".'))
    assert fixed(d, "quotes", PRESS) == [f"Il a parlé de «{NNBSP}progrès{NNBSP}»."]


def test_nested_straight_single_quotes_but_not_apostrophes():
    d = doc(("x", "Il a cité les mots 'jamais plus' devant l'assemblée."))
    found = issues(d, "quotes")
    assert len(found) == 1 and found[0].suggestions == ["“jamais plus”"]


def test_guillemets_without_their_spaces():
    d = doc(("x", "Il a dit «non» puis « oui »."))
    found = places(d, "quotes")
    assert len(found) == 4
    assert fixed(d, "quotes") == [f"Il a dit «{NBSP}non{NBSP}» puis «{NBSP}oui{NBSP}»."]
    assert issues(doc(("x", f"Il a dit «{NBSP}non{NBSP}».")), "quotes") == []


def test_apostrophe_house_style_and_document_majority():
    d = doc(("x", "L'alliance et l’OTAN"))
    assert [i.text for i in issues(d, "apostrophe", {"typography": {"apostrophe": "typographic"}})] == ["'"]
    assert [i.text for i in issues(d, "apostrophe", {"typography": {"apostrophe": "straight"}})] == ["’"]
    mixed = doc(("x", "l’un, l’autre, d’abord"), ("y", "aujourd'hui"))
    found = issues(mixed, "apostrophe")
    assert [(i.segment, i.text, i.suggestions) for i in found] == [("s2", "'", ["’"])]
    assert issues(doc(("x", "l'un et l'autre")), "apostrophe") == []


def test_ellipsis():
    d = doc(("x", "Nous étions fermes ... en somme. . . oui."))
    assert [i.text for i in places(d, "ellipsis")] == ["...", ". . ."]
    assert fixed(d, "ellipsis") == ["Nous étions fermes … en somme… oui."]


def test_number_space_plain_versus_no_break():
    d = doc(("100,000 troops and 2,300 tanks", "100 000 soldats et 2 300 chars"),
            ("Group 2 had 300 members", "Le groupe 2 300 membres"),
            ("x", f"100{NBSP}000 et 3{NNBSP}400"))
    found = places(d, "number-space")
    assert [(i.segment, i.text) for i in found] == [("s1", "100 000"), ("s1", "2 300")]
    assert found[0].suggestions == [f"100{NBSP}000"]
    nnbsp = places(d, "number-space", {"typography": {"thousands": "nnbsp"}})
    assert nnbsp[0].suggestions == [f"100{NNBSP}000"]


def test_typography_only_for_a_french_target():
    d = doc(('He said: "no"...', 'He said: "no"...'), ("x", 'Er sagte: "nein"...'), lang="de")
    for check in ("spacing", "quotes", "ellipsis"):
        assert issues(d, check) == []


def test_correct_french_is_clean_in_its_own_style():
    text = (f"«{NBSP}Nous resterons{NBSP}», a-t-il dit{NBSP}: l’accord vaut 12{NBSP}000 euros{NNBSP}; "
            f"vraiment{NNBSP}? Oui{NNBSP}! Et puis…")
    d = doc(("x", text))
    assert issues(d, "spacing,quotes,apostrophe,ellipsis,number-space") == []
    press = text.replace(NBSP, NNBSP)
    assert issues(doc(("x", press)), "spacing,quotes", PRESS) == []


def test_seed_pair_every_straight_double_quote_is_flagged_once(seed_pair):
    from qa_desk.engine import load_document

    d = load_document([str(p) for p in seed_pair])
    found = [i for i in places(d, "quotes") if '"' in i.text]
    marks = {(s.id, n) for s in d.segments for n, c in enumerate(s.target_text) if c == '"'}
    flagged = {(i.segment, i.start + i.text.index('"')) for i in found}
    assert len(flagged) == len(found)
    assert flagged == marks and len(marks) >= 2
    fixed_text = fixed(d, "quotes")
    assert not any('"' in t for t in fixed_text)
    assert sum(t.count("«") for t in fixed_text) == sum(t.count("»") for t in fixed_text) == len(marks) // 2


def test_spacing_leaves_english_titles_copied_from_the_source():
    d = doc(("Her column, The Rest of Us: Dispatches, ran weekly.",
             "Sa chronique, The Rest of Us: Dispatches, paraissait chaque semaine."),
            ("Her column: weekly.", "Sa chronique: hebdomadaire."))
    assert [i.segment for i in issues(d, "spacing")] == ["s2"]


def test_a_habit_of_the_whole_document_is_one_issue_that_fixes_every_place():
    d = doc(*[("x", f'Il a dit: "non" et "oui" ({n}).') for n in range(6)])
    found = issues(d, "quotes,spacing")
    assert len(found) == 1 and found[0].is_document_level  # two habits of one hand: one issue
    habit = found[0]
    assert habit.check == "quotes" and len(habit.occurrences) == 24 + 6
    assert "24 places" in habit.message and "6 places" in habit.message and ":" in habit.message
    assert habit.rule.count(":") >= 2 and "spacing" in habit.rule
    alone = issues(d, "spacing")
    assert len(alone) == 1 and alone[0].check == "spacing" and len(alone[0].occurrences) == 6
    assert fixed(d, "quotes,spacing")[0] == f"Il a dit{NBSP}: «{NBSP}non{NBSP}» et «{NBSP}oui{NBSP}» (0)."


def test_one_place_alone_in_the_document_is_its_habit():
    d = doc(("x", "Il a dit: non."), ("y", "Il est venu."))
    found = issues(d, "spacing")
    assert len(found) == 1 and found[0].is_document_level and len(found[0].occurrences) == 1


def test_a_document_that_disagrees_with_itself_gets_its_exceptions_flagged_one_by_one():
    right = [("x", f"Il a dit{NBSP}: «{NBSP}non{NBSP}» ({n}).") for n in range(5)]
    d = doc(*right, ("y", 'Elle a dit: "oui".'))
    found = issues(d, "quotes,spacing")
    assert not any(i.is_document_level for i in found)
    assert [(i.segment, i.check) for i in found] == [("s6", "spacing"), ("s6", "quotes"), ("s6", "quotes")]


def test_typographic_apostrophe_house_style_once_per_document():
    d = doc(("x", "l'un et l'autre"), ("y", "aujourd'hui"), ("z", "l’accord"))
    found = issues(d, "apostrophe", {"typography": {"apostrophe": "typographic"}})
    assert len(found) == 1 and found[0].is_document_level and len(found[0].occurrences) == 3


def test_one_place_is_said_in_the_singular():
    from qa_desk.checks.typography import _places
    assert (_places(1), _places(16)) == ("1 place", "16 places")

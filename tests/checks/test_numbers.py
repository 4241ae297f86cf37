"""Numbers, dates and times across English and French (pairs written for these tests)."""
import pytest

from qa_desk.engine import run_checks
from qa_desk.model import BilingualDocument, Content, Segment

NBSP, NNBSP = "\u00a0", "\u202f"


def _run(pairs, checks="numbers,number-format", settings=None):
    doc = BilingualDocument([Segment(str(n), Content(en), Content(fr)) for n, (en, fr) in enumerate(pairs, 1)])
    return run_checks(doc, checks, settings=settings).issues


CLEAN = [
    ("About 100,000 troops are massed near the border.", "Quelque 100 000 soldats sont massés près de la frontière."),
    ("About 100,000 troops are massed near the border.", f"Quelque 100{NBSP}000 soldats sont massés près de la frontière."),
    ("About 100,000 troops are massed near the border.", f"Quelque 100{NNBSP}000 soldats sont massés près de la frontière."),
    ("Growth slowed to 2.3% in March.", "La croissance a ralenti à 2,3 % en mars."),
    ("The plan costs 1.9 million euros.", "Le plan coûte 1,9 million d'euros."),
    ("The fund holds $5 billion.", "Le fonds détient 5 milliards de dollars."),
    ("Debt reached $1.2 trillion.", "La dette a atteint 1 200 milliards de dollars."),
    ("Debt reached $1.2 trillion.", "La dette a atteint 1,2 billion de dollars."),
    ("Prices rose 5 percent.", "Les prix ont augmenté de 5 %."),
    ("She finished 1st and he came 2nd.", "Elle a terminé 1re et il est arrivé 2e."),
    ("The talks lasted eight hours.", "Les discussions ont duré huit heures."),
    ("The talks lasted eight hours.", "Les discussions ont duré 8 heures."),
    ("The talks lasted 8 hours.", "Les discussions ont duré huit heures."),
    ("Two ministers and a dozen aides came.", "Deux ministres et une douzaine de collaborateurs sont venus."),
    ("GENEVA, Jan 10 - Talks resumed.", "GENÈVE, 10 janvier - Les pourparlers ont repris."),
    ("It was signed on January 10, 2022.", "Il a été signé le 10 janvier 2022."),
    ("The vote is at 3 p.m. on Monday.", "Le vote a lieu lundi à 15 h."),
    ("The vote is at 3:30 p.m. on Monday.", "Le vote a lieu lundi à 15 h 30."),
    ("Range: 310 to 3,400 miles (500 to 5,500 km).", "Portée : 310 à 3 400 miles (500 à 5 500 km)."),
    ("The missile flies 310 miles.", "Le missile vole sur 500 km."),
    ("It withdrew in August 2019 from the 1987 pact.", "Il s'est retiré en août 2019 du pacte de 1987."),
    ("He was born in the 21st century.", "Il est né au XXIe siècle."),
    ("It grew in the 19th and 20th centuries.", "Il a grandi aux XIXe et XXe siècles."),
    ("Sales fell in the 1990s.", "Les ventes ont chuté dans les années 1990."),
    ("Both sides met for the first time.", "Les deux parties se sont rencontrées pour la première fois."),
    ("One of them spoke.", "L'un d'eux a pris la parole."),
    ("Thousands of people marched.", "Des milliers de personnes ont défilé."),
    ("Hundreds of people marched.", "Des centaines de personnes ont défilé."),
    ("It rose by 5 per cent.", "Il a progressé de 5 pour cent."),
    ("It is 40 degrees Fahrenheit.", "Il fait 4 degrés Celsius."),
    ("The jet flew at 1500 GMT.", "L'avion a décollé à 15h00 GMT."),
]


@pytest.mark.parametrize("en,fr", CLEAN)
def test_correct_translations_are_not_flagged(en, fr):
    assert [(i.check, i.text, i.message) for i in _run([(en, fr)])] == []


@pytest.mark.parametrize("en,fr,flagged,suggestion", [
    ("About 100,000 troops are massed.", "Quelque 10 000 soldats sont massés.", "10 000", f"100{NBSP}000"),
    ("Growth slowed to 2.3%.", "La croissance a ralenti à 3,2 %.", "3,2", "2,3"),
    ("The plan costs 1.9 million euros.", "Le plan coûte 1,9 milliard d'euros.", "1,9 milliard",
     "1,9 million"),
    ("The fund holds $5 billion.", "Le fonds détient 5 billions de dollars.", "5 billions", "5 milliards"),
    ("The vote is at 3 p.m.", "Le vote a lieu à 3 h.", "3 h", f"15{NBSP}h"),
    ("It was signed on January 10, 2022.", "Il a été signé le 10 février 2022.", "février", "janvier"),
    ("It was signed on January 10, 2022.", "Il a été signé le 10 janvier 2021.", "2021", "2022"),
])
def test_changed_number_is_flagged_on_the_french_number(en, fr, flagged, suggestion):
    issues = _run([(en, fr)])
    assert [(i.check, i.text, i.suggestions) for i in issues] == [("numbers", flagged, [suggestion])]
    assert i_span_ok(issues[0], fr)


def i_span_ok(issue, fr):
    return fr[issue.start:issue.end] == issue.text


def test_missing_number_is_named_in_the_message_with_an_empty_span():
    issues = _run([("The treaty banned missiles of 310 to 3,400 miles.",
                    "Le traité interdisait les missiles de 310 miles.")])
    assert [(i.check, i.start, i.end) for i in issues] == [("numbers", 0, 0)]
    assert "3,400" in issues[0].message


def test_missing_spelled_number_is_flagged():
    issues = _run([("The talks lasted eight hours.", "Les discussions ont duré des heures.")])
    assert [i.check for i in issues] == ["numbers"] and "eight" in issues[0].message


def test_number_added_in_the_target_is_flagged():
    issues = _run([("Troops were moved.", "Quelque 5 000 soldats ont été déplacés.")])
    assert [(i.check, i.text) for i in issues] == [("numbers", "5 000")]


def test_wrong_conversion_is_flagged():
    issues = _run([("The missile flies 310 miles.", "Le missile vole sur 900 km.")])
    assert [(i.check, i.text) for i in issues] == [("numbers", "900")]


def test_omitted_segment_is_left_to_the_omission_check():
    assert _run([("About 100,000 troops.", "")]) == []


@pytest.mark.parametrize("fr,flagged,why", [
    ("Quelque 100,000 soldats.", "100,000", "thousands"),
    ("Une portée de 3,400 miles.", "3,400", "thousands"),
    ("Une croissance de 2.3 %.", "2.3", "decimal point"),
    ("Un plan de 1.9 million d'euros.", "1.9", "decimal point"),
])
def test_english_separator_in_french_is_a_minor_format_issue(fr, flagged, why):
    en = {"100,000": "About 100,000 troops.", "3,400": "A range of 3,400 miles.",
          "2.3": "Growth of 2.3%.", "1.9": "A 1.9 million euro plan."}[flagged]
    issues = _run([(en, fr)])
    assert [(i.check, i.severity, i.text) for i in issues] == [("number-format", "minor", flagged)]
    assert why in issues[0].message
    expected = {"100,000": f"100{NBSP}000", "3,400": f"3{NBSP}400", "2.3": "2,3", "1.9": "1,9"}[flagged]
    assert issues[0].suggestions == [expected]


def test_narrow_no_break_space_house_style():
    issues = _run([("About 100,000 troops.", "Quelque 100,000 soldats.")], settings={"number_space": NNBSP})
    assert issues[0].suggestions == [f"100{NNBSP}000"]


def test_french_decimal_comma_that_means_three_point_four_is_fine():
    assert _run([("It grew 3.4%.", "Il a progressé de 3,4 %.")]) == []


def test_seed_numbers_and_dates_all_match(seed_pair):
    from qa_desk.engine import load_document
    doc = load_document([str(p) for p in seed_pair])
    assert run_checks(doc, "numbers,number-format").issues == []


def test_number_moved_to_the_next_segment_by_a_different_split_is_not_flagged():
    issues = _run([("The court overturned the 1973 ruling on", "La Cour a annulé l'arrêt"),
                   ("Friday.", "de 1973 vendredi.")])
    assert issues == []


def test_number_in_a_distant_segment_is_still_flagged():
    issues = _run([("The court overturned the 1973 ruling.", "La Cour a annulé l'arrêt."),
                   ("It met on Friday.", "Elle s'est réunie vendredi."),
                   ("Protesters gathered.", "Des manifestants de 1973 se sont rassemblés.")])
    assert sorted((i.segment, i.text) for i in issues) == [("1", ""), ("3", "1973")]


def test_range_in_millions_matches_both_ways():
    assert _run([("Between 3 and 5 million people.", "Entre 3 millions et 5 millions de personnes.")]) == []


@pytest.mark.parametrize("en, fr, expected", [
    ("The plan will cost $5 billion.", "Le plan coûtera 5 milliards d'euros.", [("d'euros", ["de dollars"])]),
    ("A fine of €20 million was paid.", "Une amende de 20 millions $ a été payée.", [("$", ["€"])]),
    ("It raised 5 million pounds.", "Il a levé 5 millions de dollars.", [("de dollars", ["de livres"])]),
    # the same currency, written another way: no issue
    ("The plan will cost $5 billion.", "Le plan coûtera 5 milliards de dollars.", []),
    ("A fine of €20 million was paid.", "Une amende de 20 millions d'euros a été payée.", []),
    ("It raised £5 million.", "Il a levé 5 millions de livres sterling.", []),
    ("It has 5 million people.", "Il compte 5 millions d'habitants.", []),
])
def test_a_changed_currency_is_flagged(en, fr, expected):
    issues = _run([(en, fr)], "numbers")
    assert [(i.text, i.suggestions) for i in issues] == expected


@pytest.mark.parametrize("en,fr", [
    ("In October, she was sentenced.", "Elle a été condamnée en octobre."),
    ("In October, she was sentenced.", "Elle a été condamnée."),
    ("It began in the 1960s and grew in the mid-90s.", "Cela a commencé dans les années 60 et grandi au milieu des années 1990."),
    ("Chile in the Eighties and the over-sixties", "Le Chili dans les années 80 et les plus de 60 ans"),
    ("In the 1930s, Watson cared for his staff.", "Dans les années trente, Watson s'occupait de ses employés."),
    ("The winner of the 3rd round in the third quarter.", "Le gagnant du troisième tour au 3e trimestre."),
    ("The Museum of the 20th Century", "Le musée du XXe siècle"),
    ("The company employs nearly half a million people.", "La firme emploie près de 500 000 personnes."),
    ("Major changes in 1989-90.", "De profondes mutations en 1989-1990."),
    ("92 out of every 100 pupils have not tried drugs.", "92 % des élèves n'ont jamais touché à la drogue."),
    ("Three hundred and forty-eight decisions were made.", "348 décisions ont été prises."),
    ("The index fell one percent.", "L'indice a perdu un point, soit 1 %."),
    ("For seven months, there was an ice age.", "Pendant sept mois, il y a eu une période glaciaire."),
    ("More than 30 people were killed.", "On compte la trentaine de morts."),
    ("Several hundred students came.", "Quelques centaines d'étudiants sont venus."),
])
def test_numbers_that_are_not_numbers_or_are_said_another_way_stay_quiet(en, fr):
    assert [(i.text, i.message) for i in _run([(en, fr)])] == []


def test_a_dated_month_is_still_compared():
    issues = _run([("Talks resume on 10 March.", "Les pourparlers reprennent le 10 avril.")])
    assert [i.text for i in issues] == ["avril"]

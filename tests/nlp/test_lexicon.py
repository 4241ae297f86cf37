"""The gender lexicon: masculine <-> feminine both ways on participles, adjectives,
nationalities and role nouns; epicene and fixed-gender nouns; closed-class words."""
import pytest

from qa_desk.nlp.lexicon import (
    Lexicon, determiner_for, determiner_gender, get_lexicon, starts_with_vowel_sound)


def _pairs(text: str):
    return [tuple(pair.split()) for pair in text.split("|")]


PARTICIPLES = _pairs(
    "plaint plainte|mort morte|pris prise|mis mise|dit dite|fait faite|écrit écrite|"
    "ouvert ouverte|né née|venu venue|élu élue|inscrit inscrite|joint jointe|"
    "craint crainte|contraint contrainte|dissous dissoute|nommé nommée|déclaré déclarée|"
    "arrivé arrivée|parti partie|sorti sortie|resté restée|tombé tombée|devenu devenue|"
    "revenu revenue|allé allée|retourné retournée|arrêté arrêtée|blessé blessée|"
    "tué tuée|accusé accusée|condamné condamnée|libéré libérée|réélu réélue|"
    "battu battue|connu connue|reçu reçue|perdu perdue|entendu entendue|choisi choisie|"
    "réuni réunie|suivi suivie|permis permise|promis promise|soumis soumise|"
    "compris comprise|surpris surprise|conduit conduite|détruit détruite|"
    "offert offerte|couvert couverte|découvert découverte|peint peinte|atteint atteinte|"
    "plaints plaintes|morts mortes|élus élues|venus venues|nommés nommées|clos close|"
    "exclu exclue|inclus incluse|absous absoute|résolu résolue|acquis acquise|"
    "interrompu interrompue|disparu disparue|marié mariée|limogé limogée|investi investie")

ADJECTIVES = _pairs(
    "heureux heureuse|sérieux sérieuse|ambitieux ambitieuse|actif active|naïf naïve|"
    "neuf neuve|officiel officielle|cruel cruelle|ancien ancienne|européen européenne|"
    "bon bonne|breton bretonne|inquiet inquiète|complet complète|secret secrète|"
    "muet muette|discret discrète|premier première|dernier dernière|fier fière|"
    "étranger étrangère|léger légère|public publique|grec grecque|turc turque|"
    "blanc blanche|franc franche|sec sèche|beau belle|nouveau nouvelle|vieux vieille|"
    "fou folle|mou molle|gentil gentille|pareil pareille|favori favorite|long longue|"
    "doux douce|faux fausse|roux rousse|bref brève|frais fraîche|prêt prête|"
    "petit petite|seul seule|jaloux jalouse|malin maligne|bas basse|gros grosse|"
    "épais épaisse|conservateur conservatrice|menteur menteuse|supérieur supérieure|"
    "meilleur meilleure|mineur mineure|sûr sûre|aigu aiguë|violent violente|"
    "absent absente|satisfait satisfaite|inquiets inquiètes|anciens anciennes|"
    "nouveaux nouvelles|beaux belles|bons bonnes|âgé âgée|jumeau jumelle|"
    "protecteur protectrice|national nationale|royal royale|loyal loyale|"
    "traître traîtresse|vengeur vengeresse|bénin bénigne")

NATIONALITIES = _pairs(
    "Américain Américaine|Français Française|Ukrainien Ukrainienne|Allemand Allemande|"
    "Chinois Chinoise|Grec Grecque|Turc Turque|Israélien Israélienne|"
    "Palestinien Palestinienne|Iranien Iranienne|Japonais Japonaise|Espagnol Espagnole|"
    "Italien Italienne|Canadien Canadienne|Mexicain Mexicaine|Brésilien Brésilienne|"
    "Indien Indienne|Coréen Coréenne|Anglais Anglaise|Irlandais Irlandaise|"
    "Écossais Écossaise|Polonais Polonaise|Hongrois Hongroise|Roumain Roumaine|"
    "Syrien Syrienne|Libanais Libanaise|Égyptien Égyptienne|Marocain Marocaine|"
    "Algérien Algérienne|Sénégalais Sénégalaise|Saoudien Saoudienne|Irakien Irakienne|"
    "Afghan Afghane|Pakistanais Pakistanaise|Vietnamien Vietnamienne|"
    "Australien Australienne|Argentin Argentine|Cubain Cubaine|Norvégien Norvégienne|"
    "Suédois Suédoise|Néerlandais Néerlandaise|Autrichien Autrichienne|"
    "Portugais Portugaise|Géorgien Géorgienne|Arménien Arménienne|Kazakh Kazakhe|"
    "Américains Américaines|américain américaine|ukrainien ukrainienne|chinois chinoise")

EPICENE_NATIONALITIES = ["Russe", "Britannique", "Belge", "Suisse", "Serbe", "Croate",
                         "Tchèque", "Slovaque", "Biélorusse", "russe", "Russes"]

ROLE_NOUNS = _pairs(
    "chancelier chancelière|ambassadeur ambassadrice|directeur directrice|"
    "sénateur sénatrice|gouverneur gouverneure|président présidente|avocat avocate|"
    "député députée|procureur procureure|acteur actrice|chanteur chanteuse|"
    "joueur joueuse|entraîneur entraîneuse|rédacteur rédactrice|patron patronne|"
    "policier policière|infirmier infirmière|enseignant enseignante|"
    "étudiant étudiante|candidat candidate|élu élue|militant militante|"
    "opposant opposante|dirigeant dirigeante|fondateur fondatrice|"
    "négociateur négociatrice|vice-président vice-présidente|premier première|"
    "roi reine|prince princesse|duc duchesse|conseiller conseillère|adjoint adjointe|"
    "ambassadeurs ambassadrices|sénateurs sénatrices|comte comtesse|maître maîtresse|"
    "empereur impératrice|héritier héritière|citoyen citoyenne|musicien musicienne|"
    "chirurgien chirurgienne|champion championne|espion espionne|électeur électrice|"
    "inspecteur inspectrice|animateur animatrice|présentateur présentatrice|"
    "vendeur vendeuse|danseur danseuse|professeur professeure|ingénieur ingénieure|"
    "docteur docteure|écrivain écrivaine|ouvrier ouvrière|cuisinier cuisinière|"
    "voisin voisine|cousin cousine|ami amie|employé employée|délégué déléguée|"
    "retraité retraitée|tsar tsarine|héros héroïne|veuf veuve|époux épouse|"
    "Premier Première|Ministre-président Ministre-présidente")

EPICENE_NOUNS = ["ministre", "secrétaire", "porte-parole", "diplomate", "journaliste",
                 "juge", "maire", "reporter", "PDG", "membre", "otage", "ministres",
                 "Porte-parole", "collègue", "responsable", "analyste", "photographe"]

FIXED_GENDER = {"personne": "f", "sentinelle": "f", "recrue": "f", "vedette": "f",
                "victime": "f", "star": "f", "personnalité": "f", "victimes": "f",
                "personnes": "f", "témoin": "m", "individu": "m", "témoins": "m"}


@pytest.fixture(scope="module")
def lex():
    return get_lexicon()


@pytest.mark.parametrize("masc,fem", PARTICIPLES + ADJECTIVES + NATIONALITIES + ROLE_NOUNS)
def test_masculine_to_feminine(lex, masc, fem):
    assert lex.inflect(masc, "f") == fem


@pytest.mark.parametrize("masc,fem", PARTICIPLES + ADJECTIVES + NATIONALITIES + ROLE_NOUNS)
def test_feminine_to_masculine(lex, masc, fem):
    assert lex.inflect(fem, "m") == masc


@pytest.mark.parametrize("masc,fem", PARTICIPLES[:30])
def test_participles_are_participles(lex, masc, fem):
    assert lex.is_participle(masc) and lex.is_participle(fem)
    assert lex.gender_of(fem, "VERB") == {"f"}


def test_the_reading_spacy_misses(lex):
    readings = lex.analyses("plainte")
    verbs = [e for e in readings if e.pos == "VERB"]
    assert verbs and verbs[0].lemma == "plaindre" and verbs[0].participle
    assert {e.pos for e in readings} >= {"VERB", "NOUN"}
    assert lex.inflect("plainte", "m", pos="VERB") == "plaint"
    # the noun "plainte" (a complaint) has no masculine
    assert lex.inflect("plainte", "m", pos="NOUN") is None


@pytest.mark.parametrize("word", EPICENE_NATIONALITIES + EPICENE_NOUNS)
def test_epicene_words_do_not_change(lex, word):
    assert lex.is_epicene(word)
    assert lex.gender_of(word, "NOUN") == {"e"}
    assert lex.inflect(word, "m") == word
    assert lex.inflect(word, "f") == word


@pytest.mark.parametrize("word", ["directrice", "sénateur", "plainte", "Américaine", "victime"])
def test_gendered_words_are_not_epicene(lex, word):
    assert not lex.is_epicene(word)


@pytest.mark.parametrize("word,gender", sorted(FIXED_GENDER.items()))
def test_fixed_gender_person_nouns_name_anyone(lex, word, gender):
    assert lex.is_fixed_gender_person_noun(word)
    assert lex.fixed_person_noun_gender(word) == gender
    assert gender in lex.gender_of(word, "NOUN")
    assert lex.inflect(word, "m" if gender == "f" else "f") == word


@pytest.mark.parametrize("word", ["directrice", "femme", "ministre", "Russe", "plainte"])
def test_other_nouns_are_not_fixed_gender(lex, word):
    assert not lex.is_fixed_gender_person_noun(word)


@pytest.mark.parametrize("word,other", [
    ("homme", "femme"), ("femme", "homme"), ("père", "mère"), ("frère", "sœur"),
    ("oncle", "tante"), ("neveu", "nièce"), ("hommes", "femmes"), ("Frères", "Sœurs"),
    ("grand-père", "grand-mère"), ("petits-fils", "petites-filles"),
    ("arrière-petites-filles", "arrière-petits-fils"), ("Grands-Mères", "Grands-Pères"),
    ("grands-oncles", "grands-tantes"), ("belles-sœurs", "beaux-frères"),
    ("messieurs", "mesdames"), ("filles", "fils"), ("moine", "nonne")])
def test_lexical_pairs_are_counterparts_not_inflections(lex, word, other):
    assert lex.counterpart(word) == other
    if lex.gender_of(word, "NOUN") in ({"m"}, {"f"}):
        gender = "f" if lex.gender_of(word, "NOUN") == {"m"} else "m"
        assert lex.inflect(word, gender, pos="NOUN") in (None, word)


def test_inflectable_words_have_no_counterpart(lex):
    assert lex.counterpart("directeur") is None
    assert lex.counterpart("Russe") is None


def test_garcon_is_not_inflected_to_garconne(lex):
    assert lex.inflect("garçon", "f") is None
    assert lex.counterpart("garçon") == "fille"


@pytest.mark.parametrize("word,gender,number,expected", [
    ("assis", "f", "p", "assises"), ("assises", "m", None, "assis"),
    ("heureux", "f", "p", "heureuses"), ("heureuses", "m", None, "heureux"),
    ("venu", "f", "p", "venues"), ("nouvelles", "m", None, "nouveaux"),
    ("Russe", "m", "p", "Russes"), ("vieilles", "m", None, "vieux"),
    ("directeur", "m", "p", "directeurs"), ("inquiète", "f", "s", "inquiète")])
def test_number(lex, word, gender, number, expected):
    assert lex.inflect(word, gender, number) == expected


@pytest.mark.parametrize("word,expected", [
    ("SÉNATEUR", "SÉNATRICE"), ("Directeur", "Directrice"), ("Vice-président", "Vice-présidente"),
    ("ukrainien", "ukrainienne")])
def test_case_is_kept(lex, word, expected):
    assert lex.inflect(word, "f") == expected


def test_typographic_apostrophe_and_decomposed_accents(lex):
    assert lex.inflect("ne\u0301e", "m") == "né"
    assert determiner_for("l’", "f", "ambassadrice") == "l’"


def test_epicene_with_a_feminine_in_use(lex):
    # "la chef" stays right, "cheffe" is offered, and "cheffe" goes back to "chef"
    assert lex.is_epicene("chef") and not lex.is_epicene("cheffe")
    assert lex.inflect("chef", "f") == "cheffe"
    assert lex.inflect("cheffe", "m") == "chef"
    assert lex.inflect("grand-duc", "f") == "grande-duchesse"
    assert lex.inflect("vice-reine", "m") == "vice-roi"


def test_alternatives_prefer_the_usual_form(lex):
    assert lex.inflect("nouvelle", "m") == "nouveau"  # not the pre-vocalic "nouvel"
    assert lex.inflect("auteur", "f") in ("auteure", "autrice")
    assert lex.inflect("autrice", "m") == "auteur"  # joined by the -eur/-rice rule


def test_unknown_and_bad_input(lex):
    assert lex.inflect("xyzzyq", "f") is None
    assert lex.analyses("xyzzyq") == []
    assert lex.gender_of("xyzzyq") == set()
    assert not lex.is_epicene("xyzzyq")
    with pytest.raises(ValueError):
        lex.inflect("directeur", "x")


def test_gender_of_and_capitalised_lookup(lex):
    assert lex.gender_of("Américaine") == {"f"}
    assert lex.gender_of("directeur", "NOUN") == {"m"}
    assert "f" in lex.gender_of("mort") and "m" in lex.gender_of("mort")
    assert lex.gender_of("Mme") == {"f"}
    assert all(e.form == "russe" for e in lex.analyses("Russe"))


def test_get_lexicon_is_loaded_once():
    assert get_lexicon() is get_lexicon()
    assert len(get_lexicon()) > 100_000


def test_every_joined_family_has_both_genders():
    """A join made by the build (irregular pair or suffix rule) pairs a masculine or
    epicene form with a feminine one; anything else is a bad join."""
    import gzip

    from qa_desk.paths import resource_path
    families: dict[str, set[str]] = {}
    with gzip.open(resource_path("lexicon", "fr_gender.tsv.gz"), "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            _, _, family, forms = line.rstrip("\n").split("\t")
            if family:
                families.setdefault(family, set()).update(i[-2] for i in forms.split("|"))
    assert len(families) > 20
    bad = [f for f, genders in families.items() if "f" not in genders or not genders & {"m", "e"}]
    assert bad == []


def test_lexicon_reads_a_given_file(tmp_path):
    import gzip
    path = tmp_path / "mini.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("# test\nsorcière\tNA\t\tsorcierms|sorcièrefs\n")
    mini = Lexicon(path)
    assert mini.inflect("sorcier", "f") == "sorcière"
    assert mini.inflect("directeur", "f") is None


@pytest.mark.parametrize("det,gender,next_word,expected", [
    ("le", "f", "sénatrice", "la"), ("la", "m", "sénateur", "le"),
    ("l'", "f", "ambassadrice", "l'"), ("l'", "m", "ambassadeur", "l'"),
    ("l'", "f", "sénatrice", "la"), ("la", "m", "ambassadeur", "l'"),
    ("Le", "f", None, "La"), ("un", "f", None, "une"), ("une", "m", None, "un"),
    ("ce", "m", "ancien", "cet"), ("cet", "f", "ancienne", "cette"),
    ("cette", "m", "ministre", "ce"), ("du", "f", "présidente", "de la"),
    ("de la", "m", "ambassadeur", "de l'"), ("au", "f", "directrice", "à la"),
    ("mon", "f", "amie", "mon"), ("ma", "m", "père", "mon"), ("sa", "f", "épouse", "son"),
    ("son", "f", "mère", "sa"), ("il", "f", None, "elle"), ("Elle", "m", None, "Il"),
    ("celui", "f", None, "celle"), ("lui", "f", None, "elle"), ("ils", "f", None, "elles"),
    ("le sien", "f", None, "la sienne"), ("quel", "f", None, "quelle"),
    ("le", "f", "Hongroise", "la"), ("le", "m", "héros", "le"), ("la", "f", "héroïne", "l'"),
    ("le", "m", "homme", "l'"), ("lui-même", "f", None, "elle-même"),
    ("tels", "f", None, "telles"), ("xyz", "f", None, None)])
def test_determiners(det, gender, next_word, expected):
    assert determiner_for(det, gender, next_word) == expected


def test_determiner_gender():
    assert determiner_gender("la") == "f"
    assert determiner_gender("Cet") == "m"
    assert determiner_gender("l'") == "e"
    assert determiner_gender("chaise") is None


@pytest.mark.parametrize("word,expected", [
    ("ambassadrice", True), ("homme", True), ("héros", False), ("Hongrois", False),
    ("sénatrice", False), ("élue", True), ("", False)])
def test_vowel_sound(word, expected):
    assert starts_with_vowel_sound(word) is expected

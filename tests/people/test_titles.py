"""Courtesy titles in French and English, and English words that state gender."""
import pytest

from qa_desk.people.titles import english_gendered_word, french_title_for, french_title_gender

FRENCH = [
    ("M.", "m", "s"), ("M", "m", "s"), ("MM.", "m", "p"), ("Mme", "f", "s"), ("Mmes", "f", "p"),
    ("Mlle", "f", "s"), ("Mlles", "f", "p"), ("Monsieur", "m", "s"), ("Messieurs", "m", "p"),
    ("Madame", "f", "s"), ("Mesdames", "f", "p"), ("Mademoiselle", "f", "s"),
    ("Mesdemoiselles", "f", "p"), ("monsieur", "m", "s"), ("madame", "f", "s"),
    ("MME", "f", "s"), ("MONSIEUR", "m", "s"), ("Me", "e", "s"), ("Dr", "e", "s"),
    ("Pr", "e", "s"), ("Mes", "e", "p"), ("Dre", "f", "s"), ("Mgr", "m", "s")]


@pytest.mark.parametrize("token,gender,number", FRENCH)
def test_french_title_gender(token, gender, number):
    assert french_title_gender(token) == (gender, number)


@pytest.mark.parametrize("token", ["me", "mes", "m", "mme", "Sherman", "Ms", "Mr", "", "Maison"])
def test_not_french_titles(token):
    assert french_title_gender(token) is None


@pytest.mark.parametrize("gender,number,style,expected", [
    ("f", "s", "abbreviated", "Mme"), ("m", "s", "abbreviated", "M."),
    ("f", "p", "abbreviated", "Mmes"), ("m", "p", "abbreviated", "MM."),
    ("f", "s", "full", "Madame"), ("m", "s", "full", "Monsieur"),
    ("f", "p", "full", "Mesdames"), ("m", "p", "full", "Messieurs"),
    ("f", "s", "M.", "Mme"), ("m", "s", "Mme", "M."), ("m", "s", "Mlle", "M."),
    ("f", "p", "MM.", "Mmes"), ("f", "s", "Monsieur", "Madame"),
    ("m", "s", "Madame", "Monsieur"), ("m", "s", "MADAME", "MONSIEUR"),
    ("f", "s", "monsieur", "madame"), ("m", "p", "Mesdames", "Messieurs"),
    ("m", "s", "M", "M"), ("f", "s", "M", "Mme")])
def test_french_title_for(gender, number, style, expected):
    assert french_title_for(gender, number, style) == expected


def test_french_title_round_trip():
    for token, gender, number in FRENCH:
        if gender in ("m", "f"):
            other = "f" if gender == "m" else "m"
            back = french_title_for(gender, number, french_title_for(other, number, token))
            assert french_title_gender(back) == (gender, number)


def test_epicene_title_has_no_form():
    with pytest.raises(ValueError):
        french_title_for("e", "s")


MEN = ["Mr", "Mr.", "Sir", "Lord", "Messrs", "spokesman", "Spokesman", "chairman",
       "businessman", "congressman", "king", "prince", "duke", "emperor", "father", "son",
       "brother", "husband", "widower", "boy", "man", "gentleman", "grandfather", "uncle",
       "nephew", "boyfriend", "stepfather", "monk", "congressmen", "kings", "sons", "men",
       "gentlemen", "king's", "brothers-in-law", "policeman"]
WOMEN = ["Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dame", "Lady", "madam", "spokeswoman",
         "chairwoman", "actress", "businesswoman", "congresswoman", "queen", "princess",
         "duchess", "empress", "mother", "daughter", "sister", "wife", "widow", "girl",
         "woman", "lady", "grandmother", "aunt", "niece", "girlfriend", "nun", "bride",
         "women", "wives", "ladies", "princesses", "actresses", "queen’s", "spokeswomen",
         "sisters-in-law", "heiress"]
NEUTRAL = ["Dr", "minister", "secretary", "spokesperson", "actor", "host", "heir", "chair",
           "person", "German", "human", "Herman", "Norman", "Oman", "he", "she", "miss", "ms",
           "business", "address", "sons-of", ""]


@pytest.mark.parametrize("word", MEN)
def test_english_men(word):
    assert english_gendered_word(word) == "m"


@pytest.mark.parametrize("word", WOMEN)
def test_english_women(word):
    assert english_gendered_word(word) == "f"


@pytest.mark.parametrize("word", NEUTRAL)
def test_english_neutral(word):
    assert english_gendered_word(word) is None

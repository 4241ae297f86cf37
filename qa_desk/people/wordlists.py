"""English and shared word lists for finding people: titles, name particles, words that are never
names, place names, and the nationality and role tables under resources/people/."""
from __future__ import annotations

import csv
from functools import lru_cache

from ..paths import resource_path
from .cast import FEMALE, MALE, SHORT
from ..nlp.tokens import fold

PRONOUNS = {"he": MALE, "him": MALE, "his": MALE, "himself": MALE,
            "she": FEMALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE}
EN_TITLES = {"mr": MALE, "mr.": MALE, "mrs": FEMALE, "mrs.": FEMALE, "ms": FEMALE, "ms.": FEMALE,
             "miss": FEMALE, "sir": MALE, "dame": FEMALE, "lord": MALE, "lady": FEMALE,
             "madam": FEMALE, "madame": FEMALE, "monsieur": MALE, "king": MALE, "queen": FEMALE,
             "prince": MALE, "princess": FEMALE, "baron": MALE, "baroness": FEMALE, "duke": MALE,
             "duchess": FEMALE, "earl": MALE, "countess": FEMALE, "viscount": MALE, "viscountess": FEMALE,
             "marquess": MALE, "marchioness": FEMALE, "emperor": MALE, "empress": FEMALE, "tsar": MALE,
             "tsarina": FEMALE, "archduke": MALE, "archduchess": FEMALE}
NEUTRAL_TITLES = {"president", "senator", "judge", "dr", "dr.", "prof", "prof.", "professor", "governor",
                  "minister", "chancellor", "general", "gen.", "gen", "rep.", "rep", "sen.", "sen",
                  "ambassador", "mayor", "commissioner", "secretary", "premier", "pope", "cardinal",
                  "archbishop", "bishop", "rabbi", "imam", "sheikh", "emir", "colonel", "captain",
                  "lieutenant", "sergeant", "director", "chairman", "chairwoman", "coach", "justice",
                  "inspector", "detective", "officer", "major", "admiral", "commander", "marshal",
                  "brigadier", "corporal", "prosecutor", "attorney", "lawyer", "envoy", "spokesperson",
                  "reverend", "rev.", "rev", "superintendent", "sheriff", "pastor"}
PARTICLES = {"de", "van", "von", "der", "den", "bin", "al", "el", "da", "di", "du", "del", "la", "le", "ter",
             "ben", "abu", "dos", "das", "y"}
# Capitalised words that end a name rather than continue it ("Geneva Convention").
NOT_NAME_WORDS = {
    "department", "ministry", "street", "road", "avenue", "square", "university", "college", "school",
    "airport", "station", "company", "corporation", "corp", "inc", "group", "party", "convention", "treaty",
    "agreement", "accord", "summit", "council", "committee", "commission", "river", "mountains", "islands",
    "county", "state", "states", "republic", "kingdom", "union", "organization", "organisation", "foundation",
    "institute", "center", "centre", "hospital", "cathedral", "prize", "award", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june",
    "july", "august", "september", "october", "november", "december", "agency", "forces", "army", "navy",
    "police", "office", "administration", "government", "parliament", "assembly", "senate", "congress",
    "strait", "sea", "ocean", "airlines", "motors", "holdings", "stadium", "declaration", "act", "bill",
    "exchange", "market", "markets", "index", "bureau", "service", "services", "network", "airways", "railways",
    "democrats", "republicans", "socialists", "conservatives", "liberals", "greens", "alliance", "front",
    "movement", "times", "post", "journal", "herald", "tribune", "gazette", "magazine", "review", "daily",
    "weekly", "news", "television", "radio", "channel", "league", "federation", "association", "society",
    "club", "team", "festival", "concert", "concerts", "recital", "symphony", "requiem", "oratorio", "museum", "gallery", "library", "theatre", "theater", "orchestra", "band",
    "awards", "prize", "prizes", "games", "olympics", "cup", "championship", "championships", "records",
    "studios", "pictures", "productions", "entertainment", "industries", "systems", "technologies",
    "partners", "capital", "bank", "fund", "media", "publishing", "show", "series", "hotel", "palace",
    "airline", "ltd", "llc", "plc", "gmbh", "press", "courier", "register", "observer", "chronicle",
    "brothers", "sons", "associates", "co", "company", "bros", "foods", "energy", "pharma", "motors",
    "trophy", "medal", "memorial", "stakes", "classic", "marathon", "tour", "rally", "lecture", "lectures",
    "scholarship", "fellowship", "professorship", "building", "war", "wars", "revolution", "uprising",
    "avenue", "boulevard", "plaza", "centre", "stadium", "arena", "dam", "reservoir", "prize",
    # the same institutions named in their own language in an English text ("École des Hautes Études")
    "école", "université", "universidad", "universität", "universiteit", "università", "universidade",
    "institut", "instituto", "istituto", "lycée", "académie", "academia", "akademie", "hochschule",
    "gymnasium", "escuela", "colegio", "museo", "musée", "banque", "banco", "compagnie", "société",
    "fundación", "stiftung", "verlag", "gesellschaft", "partido", "teatro", "théâtre", "hôpital",
}
# Lower-case words that can follow "the Russian" / "the minister" when it names a person.
FOLLOW_VERBS = {"said", "says", "told", "added", "complained", "insisted", "warned", "argued", "stressed",
                "noted", "replied", "explained", "is", "was", "has", "had", "will", "would", "could",
                "can", "did", "does", "also", "then", "later", "however", "who", "himself", "herself"}
# Capitalised words that open place and organisation names, never a person's name here.
NOT_FIRST_NAMES = {"north", "south", "east", "west", "central", "new", "great", "united", "royal", "national",
                   "general", "saint", "san", "santa", "fort", "port", "mount", "lake", "cape", "grand", "upper",
                   "lower", "old", "little", "big", "golden", "holy", "red", "white", "black", "green", "sierra",
                   "costa", "el", "los", "las", "victoria", "georgia", "carolina", "virginia", "jordan", "chad",
                   "israel", "india", "china", "florence", "paris", "sydney", "austin", "lincoln", "washington",
                   "madison", "jackson", "houston", "dallas", "phoenix", "orlando", "geneva", "vienna", "brooklyn"}
SUBJECT_VERBS = {"was", "is", "became", "won", "died", "served", "joined", "studied", "worked", "wrote",
                 "received", "began", "left", "returned", "married", "moved", "gained", "taught", "played",
                 "remained", "spent", "lost", "led", "ran", "made", "took", "went", "came", "grew"}
# Capitalised words that start sentences or headings, never a lone surname.
NOT_LONE_NAMES = {"the", "this", "that", "these", "those", "there", "then", "when", "while", "after", "before",
                  "his", "her", "their", "its", "our", "one", "both", "each", "all", "some", "many", "most",
                  "career", "early", "later", "life", "death", "police", "officials", "talks", "sources",
                  "analysts", "critics", "prosecutors", "investigators", "witnesses", "residents", "protesters",
                  "troops", "forces", "rebels", "militants", "voters", "shares", "prices", "markets", "stocks",
                  "everyone", "nobody", "someone", "anyone", "here", "also", "however", "meanwhile"}
FIRST_NAME_CONFIDENCE = 0.85
_NATIONALITY_STEMS = {"french": "french", "english": "english", "irish": "irish", "scots": "scottish",
                      "welsh": "welsh", "dutch": "dutch"}
NATIONALITY_ALIASES = {"u.s.": "american", "us": "american", "u.k.": "british", "uk": "british"}


@lru_cache(maxsize=1)
def word_tables() -> tuple[dict, dict]:
    """(nationalities: english lower -> row, roles: english lower -> row) from resources/people."""
    def rows(name):
        with open(resource_path("people", name), encoding="utf-8") as handle:
            return [r for r in csv.reader(handle, delimiter="\t") if r and not r[0].startswith("#")]
    nationalities = {r[0].lower(): {"en": r[0], "m": r[1], "f": r[2]} for r in rows("nationalities.tsv")}
    for alias, name in NATIONALITY_ALIASES.items():
        nationalities[alias] = nationalities[name]
    roles = {r[0].lower(): {"en": r[0], "gender": SHORT.get(r[1], ""), "m": r[2], "f": r[3]}
             for r in rows("roles.tsv")}
    return nationalities, roles


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Country (lower case, as the nationality table names it) -> its nationality adjective (lower):
    "Russia's foreign minister" is Russian."""
    out = {}
    with open(resource_path("people", "nationalities.tsv"), encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(fields) >= 4 and fields[3]:
                out.setdefault(fields[3].lower(), fields[0].lower())
    return out


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Lower-case place and institution names: countries from the nationality table, plus places.txt."""
    words = set()
    with open(resource_path("people", "places.txt"), encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                words.update(w.lower() for w in line.split())
    nationalities, _ = word_tables()
    for row in nationalities.values():
        words.add(row["en"].lower())
    with open(resource_path("people", "nationalities.tsv"), encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#") and "\t" in line:
                words.update(w.lower() for w in line.rstrip("\n").split("\t")[-1].split())
    return frozenset(words)


def translates_role(english_phrase: str, french_noun: str) -> bool:
    """True when the French noun is a form the word tables give for the English role or nationality
    ("the Russian" -> russe; "the chancellor" -> chancelier, chancelière)."""
    nationalities, roles = word_tables()
    words = english_phrase.lower().split()
    english = NATIONALITY_ALIASES.get(words[-1], words[-1])
    if len(words) > 1 and " ".join(words[-2:]) in roles:
        english = " ".join(words[-2:])  # "a police officer" -> policier, not officier
    french = fold(french_noun)
    for suffix in ("women", "woman", "men", "man"):  # "the Frenchwoman" -> française
        stem = _NATIONALITY_STEMS.get(english[:-len(suffix)]) if english.endswith(suffix) else None
        if stem:
            english = stem
            french = french[:-1] if suffix.endswith("en") and french.endswith("s") else french
            break
    row = nationalities.get(english) or roles.get(english)
    if row is None and english.endswith(("s", "men")):  # "party chairwomen" -> "les présidentes": a plural group
        singular = english[:-3] + "man" if english.endswith("men") else english[:-1]
        row = nationalities.get(singular) or roles.get(singular)
        if row is not None:
            french = french[:-1] if french.endswith(("s", "x")) else french
    if row and (french in (fold(row["m"]), fold(row["f"])) or french in (fold(row["m"].split()[-1]),
                                                                        fold(row["f"].split()[-1]))):
        return True
    # the table gives one rendering ("comedian" -> humoriste); another common one, a cognate or a learnt
    # one is as good (comédien)
    return french in role_renderings().get(english, ()) or cognate_role(english, french) \
        or french in word_translations().get(english, ()) or french in kinship_renderings().get(english, ())


@lru_cache(maxsize=1)
def role_renderings() -> dict[str, frozenset[str]]:
    """English role noun -> other common French renderings, both genders, folded
    (resources/people/role_renderings.tsv: "teacher" -> professeur, instituteur, maître), and their plurals."""
    table: dict[str, set[str]] = {}
    with open(resource_path("people", "role_renderings.tsv"), encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if len(row) >= 3 and not row[0].startswith("#"):
                french = [fold(f) for f in row[1:3]]
                table.setdefault(row[0].lower(), set()).update(french)
                table.setdefault(_english_plural(row[0].lower()), set()).update(_french_plural(f) for f in french)
    return {k: frozenset(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def kinship_renderings() -> dict[str, frozenset[str]]:
    """English kinship noun, singular and plural -> its French renderings, folded, in the same number
    (resources/people/kinship.tsv: "granddaughter" -> petite-fille, where Europarl taught nothing)."""
    table: dict[str, frozenset[str]] = {}
    with open(resource_path("people", "kinship.tsv"), encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if not row or row[0].startswith("#"):
                continue
            english, french = row[0].lower(), [fold(f.strip()) for f in row[1].split(",")]
            table[english] = frozenset(french)
            table[_english_plural(english)] = frozenset(_french_plural(f) for f in french)
    return table


def _english_plural(word: str) -> str:
    head, sep, tail = word.partition("-in-law")
    if sep:
        return _english_plural(head) + sep
    if word.endswith("wife"):
        return word[:-2] + "ves"
    return word + ("es" if word.endswith("s") else "s")


def _french_plural(word: str) -> str:
    """"petite-fille" -> "petites-filles", "neveu" -> "neveux", "fils" -> "fils" (both parts of a
    compound of adjective and noun agree; "grand-" keeps its form in "grands-pères" too)."""
    def one(part: str) -> str:
        if part in ("arriere", "demi") or part.endswith(("s", "x", "z")):
            return part  # invariable prefixes, and words already plural in form
        return part + ("x" if part.endswith(("eau", "eu")) else "s")
    return "-".join(one(p) for p in word.split("-"))


def cognate_role(english: str, french: str) -> bool:
    """director/directrice, pharmacist/pharmacienne, rector/recteur, diplomat/diplomate: the
    English and French role nouns share their stem (at least 4 letters, most of the English)."""
    english = fold(english)
    common = 0
    for a, b in zip(english, french):
        if a != b:
            break
        common += 1
    return common >= 4 and common >= 0.6 * min(len(english), len(french))


@lru_cache(maxsize=1)
def word_translations() -> dict[str, frozenset[str]]:
    """English word -> French words it translates with some confidence, from the word table learnt
    on Europarl (resources/align/en_fr_words.tsv.gz) — both genders of a noun often appear."""
    import gzip
    table: dict[str, set[str]] = {}
    path = resource_path("align", "en_fr_words.tsv.gz")
    if not path.is_file():
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            english, french, forward, backward = line.rstrip("\n").split("\t")
            if float(forward) >= 0.15 and float(backward) >= 0.15:
                table.setdefault(english, set()).add(fold(french))
    return {k: frozenset(v) for k, v in table.items()}


def name_follows(tokens, i: int) -> bool:
    """A capitalised word at ``i``, or after one or two more particles ("von der Leyen")."""
    for j in range(i, min(i + 3, len(tokens))):
        if tokens[j].text[:1].isupper():
            return True
        if tokens[j].lower not in PARTICLES:
            return False
    return False

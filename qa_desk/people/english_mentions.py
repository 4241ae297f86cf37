"""What an English sentence says about people, read from its parse: names, titles, role nouns.

A *name* is a run of capitalised words whose head is a proper noun, split into the titles
and role words before it ("Russian Deputy Foreign Minister") and the name itself ("Sergei
Ryabkov"). It is a person only when something says so — a courtesy title, a first name the
name data know, the entity tagger, a human noun in apposition or as its predicate — and
never when the run names an organisation, a place, an award or a work ("Nelson Mandela
University", "the Nobel Prize", "the Queen Mary 2", "the film Frida", "Kennedy airport").
A *description* is a noun phrase headed by a human noun ("the nurse", "a granddaughter",
"the nuns"): a referent of its own unless it is tied to a name.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..nlp.english_common import is_common_english
from ..nlp.names import first_name_gender
from ..paths import resource_path
from .titles import english_gendered_word
from .wordlists import (EN_TITLES, NATIONALITY_ALIASES, NEUTRAL_TITLES, NOT_FIRST_NAMES, NOT_NAME_WORDS,
                        PARTICLES, countries, places, word_tables)

# Titles said of a person and nobody else: the capitalised words after them are a name.
COURTESY_TITLES = {"mr", "mrs", "ms", "miss", "madam", "madame", "monsieur", "messrs", "sir", "dame", "lady",
                   "lord", "baroness", "baron"}
LOCATIVE = {"in", "at", "from", "near", "into", "across", "outside", "inside", "around", "throughout", "towards",
            "toward", "via", "through", "within"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "csubj", "nsubj:outer"}
OBJECT_DEPS = {"obj", "iobj", "dobj"}
CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "advcl:relcl"}
# Words inside a title before a name: "Deputy Foreign Minister", "former Prime Minister".
TITLE_MODIFIERS = {"deputy", "foreign", "prime", "vice", "chief", "former", "acting", "interim", "senior",
                   "assistant", "associate", "general", "first", "lady", "state", "defence", "defense", "finance",
                   "interior", "economy", "trade", "health", "justice", "energy", "top", "new", "late", "then",
                   "executive", "managing", "supreme", "grand", "high", "lord", "attorney", "special",
                   "undersecretary", "under", "secretary-general", "minister-president", "co-founder"}
# Nouns that make the name beside them a work, a vehicle or a storm ("the film Frida", "Hurricane Maria").
WORK_NOUNS = {"film", "movie", "documentary", "book", "novel", "memoir", "song", "single", "album", "play",
              "opera", "musical", "series", "show", "painting", "portrait", "statue", "sculpture", "poem",
              "ship", "vessel", "boat", "yacht", "liner", "tanker", "frigate", "submarine", "carrier", "aircraft",
              "plane", "jet", "rocket", "satellite", "probe", "hurricane", "storm", "typhoon", "cyclone",
              "operation", "exercise", "doctrine", "law", "rule", "effect", "syndrome", "disease", "brand",
              "magazine", "newspaper", "channel", "programme", "program", "app", "model", "character"}
# Nouns that introduce the name of a thing: "the union Equity", "the bank, Lehman Brothers".
THING_NOUNS = WORK_NOUNS | {"union", "party", "company", "firm", "group", "band", "bank", "club", "team", "agency",
                            "label", "website", "network", "hotel", "restaurant", "airline", "association",
                            "organisation", "organization", "foundation", "charity", "corporation", "brand",
                            "studio", "publisher", "newspaper", "station", "school", "university", "college",
                            "hospital", "museum", "orchestra", "choir", "gallery", "exchange", "fund", "index",
                            "carrier", "operator", "manufacturer", "maker", "retailer", "chain", "giant",
                            "insurer", "lender", "startup", "conglomerate", "outfit", "side", "squad"}
# Nouns after a surname that make it a family's ("the Kennedy family", "the Darwin–Wedgwood family").
FAMILY_NOUNS = {"family", "families", "clan", "clans", "dynasty", "household"}
# Nouns whose "of X" names a place: "the University of Hull", "the city of Bremen".
PLACE_OF_NOUNS = {"university", "college", "institute", "academy", "city", "town", "village", "port", "bay", "gulf",
                  "province", "state", "kingdom", "republic", "duchy", "county", "region", "district", "diocese",
                  "archdiocese", "island", "islands", "isle", "outskirts", "suburbs", "centre", "center", "streets",
                  "capital", "people", "government", "parliament", "ministry", "battle", "siege", "mayor", "governor",
                  # a title held of a place: "the Viscountess of Porto Salvo", "the Duke of Wellington"
                  "duke", "duchess", "earl", "count", "countess", "viscount", "viscountess", "baron", "baroness",
                  "marquess", "marquis", "marchioness", "prince", "princess", "king", "queen", "emperor", "empress",
                  "archduke", "archduchess", "bishop", "archbishop", "sultan", "emir", "tsar", "tsarina"}
AREA_ADJECTIVES = {"central", "northern", "southern", "eastern", "western", "downtown", "greater", "north", "south",
                   "east", "west", "rural", "suburban", "coastal", "upstate", "inner"}
SPEECH_LEMMAS = {"say", "tell", "add", "state", "claim", "insist", "argue", "warn", "note", "explain", "announce",
                 "report", "write", "tweet", "complain", "admit", "acknowledge", "confirm", "deny", "reply",
                 "respond", "stress", "suggest", "believe", "think", "hope", "fear", "expect", "know", "decide",
                 "promise", "vow", "pledge", "threaten", "agree", "predict", "recall", "testify", "declare",
                 "assert", "maintain", "concede", "reveal", "indicate", "emphasise", "emphasize", "urge", "ask",
                 "tell", "feel", "recount", "remember", "realise", "realize", "say", "speak", "post", "allege"}


IRREGULAR_VERBS = {
    "said": "say", "says": "say", "told": "tell", "was": "be", "were": "be", "is": "be", "are": "be", "am": "be",
    "'s": "be", "been": "be", "being": "be", "became": "become", "made": "make", "thought": "think",
    "knew": "know", "known": "know", "felt": "feel", "wrote": "write", "written": "write", "spoke": "speak",
    "spoken": "speak", "took": "take", "taken": "take", "gave": "give", "given": "give", "went": "go",
    "gone": "go", "came": "come", "saw": "see", "seen": "see", "got": "get", "gotten": "get", "left": "leave",
    "held": "hold", "won": "win", "lost": "lose", "met": "meet", "led": "lead", "ran": "run", "began": "begin",
    "begun": "begin", "grew": "grow", "grown": "grow", "stood": "stand", "kept": "keep", "sent": "send",
    "swore": "swear", "sworn": "swear", "forgot": "forget", "forgotten": "forget", "had": "have", "has": "have",
    "did": "do", "does": "do", "done": "do", "heard": "hear", "meant": "mean", "found": "find", "brought": "bring",
    "chose": "choose", "chosen": "choose", "fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise",
}


@lru_cache(maxsize=20_000)
def _verb_lemma(lower: str) -> str:
    if lower in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[lower]
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            stem = lower[: len(lower) - len(suffix)] + repl
            if suffix in ("ed", "ing") and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "ls":
                stem = stem[:-1]  # "admitted" -> "admit"
            return stem
    return lower


def verb_lemma(token) -> str:
    """The lemma of an English verb by rule ("said" -> "say", "complained" -> "complain"), enough for
    the verb lists here; the shipped model needs no lemmatizer for it. Regular forms give stems that
    the lists spell both ways ("complain", "complaine")."""
    return _verb_lemma(token.lower_)


@lru_cache(maxsize=1)
def human_nouns() -> frozenset[str]:
    """English nouns naming a person: roles.tsv, gendered nouns, and human_nouns.txt."""
    words = set()
    with open(resource_path("people", "human_nouns.txt"), encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                words.update(w.lower() for w in line.split())
    _, roles = word_tables()
    words.update(roles)
    return frozenset(words)


def verb_in(token, lemmas) -> bool:
    """The verb's lemma is one of ``lemmas`` ("announced" -> "announc" or "announce")."""
    lemma = verb_lemma(token)
    return lemma in lemmas or lemma + "e" in lemmas


def is_speech_verb(token) -> bool:
    """say, tell, add, warn..."""
    return verb_in(token, SPEECH_LEMMAS)


def human_noun(token) -> str:
    """The singular lemma of a noun naming a person ("granddaughters" -> "granddaughter"), else "";
    a nationality with a determiner is one too ("the Russian", "a Kenyan")."""
    lower = token.lower_
    if token.pos_ in ("ADJ", "PROPN", "NOUN") and nationality_of(token) and lower not in countries() \
            and any(c.dep_ == "det" for c in token.children):
        return NATIONALITY_ALIASES.get(lower, lower)
    if token.pos_ not in ("NOUN", "PROPN"):
        return ""
    nouns = human_nouns()
    for candidate in (lower, lower[:-1] if lower.endswith("s") else "",
                      lower[:-2] if lower.endswith("es") else "", lower[:-3] + "man" if lower.endswith("men") else ""):
        if candidate and candidate in nouns:
            return candidate
    if english_gendered_word(token.text) and lower not in EN_TITLES:
        return lower
    return ""


def age_description(token) -> str:
    """"year-old" for the head of "the 27-year-old" used as a noun (no noun after it)."""
    doc, i = token.doc, token.i
    if token.lower_ != "old" or i < 3 or doc[i - 1].text != "-" or doc[i - 2].lower_ not in ("year", "years"):
        return ""
    following = doc[i + 1] if i + 1 < len(doc) else None
    if following is not None and following.pos_ in ("NOUN", "PROPN") and (
            following.text[:1].islower() or token.head.i == following.i):
        return ""  # "a 27-year-old rider", "a 34-year-old Frenchwoman": the noun is the description
    start = i - 3
    while start > 0 and (doc[start].like_num or doc[start].text == "-"):
        start -= 1
    return "year-old" if doc[start].lower_ in ("the", "a", "an") else ""


def noun_gender(token) -> str:
    """'f'/'m' for a noun that states a sex (spokeswoman, granddaughter, nuns), else ''."""
    return english_gendered_word(token.text) or ""


def is_plural(token) -> bool:
    """Plural by the tagger, or a human noun's regular plural it tagged singular ("nuns": a rare word)."""
    if "Plur" in token.morph.get("Number") or token.tag_ in ("NNS", "NNPS"):
        return True
    lower, nouns = token.lower_, human_nouns()
    if token.pos_ != "NOUN" or not lower.endswith("s") or lower in nouns:
        return False
    return lower[:-1] in nouns or lower.endswith("es") and lower[:-2] in nouns


def first_name_prior(word: str) -> tuple[str, float]:
    """('f'/'m'/'u', confidence) from the name data: weak evidence, used only when the text is silent."""
    return first_name_gender(word)


def known_first_name(word: str) -> bool:
    gender, confidence = first_name_gender(word)
    return (gender != "u" or confidence > 0) and word.lower() not in NOT_FIRST_NAMES \
        and word.lower() not in places()


_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def _subject_before_bare_verb(token) -> bool:
    """"Before entering politics Coutinho worked as...", "..., Castellucci also assumed the role":
    a loose parse hangs the name elsewhere, but a name right before a finite verb that has no
    subject of its own (adverbs between at most) is that verb's subject."""
    if token.pos_ != "PROPN" or token.dep_ in SUBJECT_DEPS:
        return False
    doc, j = token.doc, token.i + 1
    while j < len(doc) and doc[j].pos_ == "ADV" and j <= token.i + 2:
        j += 1
    if j >= len(doc) or j == token.i + 1 and doc[j].pos_ == "PROPN":
        return False
    verb = doc[j]
    if verb.tag_ not in _FINITE_TAGS or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ in ("aux", "aux:pass", "cop"):
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS or c.dep_ == "expl"]
    if not subjects:
        return True
    # "Following the transformation of the group, Castellucci assumed": the parser's subject is the
    # opening phrase the name hangs from, after a comma
    return token.i > 0 and doc[token.i - 1].text == "," \
        and all(s.i < token.i and s.pos_ == "NOUN" and s in token.ancestors for s in subjects)


def syntactic_role(token) -> str:
    """subject, agent, object, possessor, oblique or other: how salient a mention is (Lappin & Leass)."""
    t = token
    for _ in range(4):  # a conjunct or apposition takes the role of what it joins
        if t.dep_ in ("conj", "appos", "flat", "compound") and t.head.i != t.i:
            t = t.head
        else:
            break
    dep = t.dep_
    if dep in SUBJECT_DEPS or _subject_before_bare_verb(token):
        return "subject"
    if dep in OBJECT_DEPS:
        return "object"
    if dep == "nmod:poss" or token.tag_ == "PRP$":
        return "possessor"
    if dep == "obl:agent" or dep == "obl" and any(c.lower_ == "by" for c in t.children) \
            and any(c.dep_ == "aux:pass" for c in t.head.children):
        return "agent"  # "chaired by the Czech minister": the doer of a passive
    if dep in ("obl", "nmod", "obl:tmod", "nmod:tmod"):
        return "oblique"
    if dep == "ROOT":
        return "subject"  # a fragment: "Jan Novak, the inspector."
    if dep in ("advmod", "npadvmod", "dep") and t.i < t.head.i and t.head.pos_ in ("VERB", "AUX") \
            and t.pos_ == "PROPN" and not any(c.dep_ in SUBJECT_DEPS for c in t.head.children):
        return "subject"  # "Guidobaldo then served": a loose parse hangs the subject as a modifier
    return "other"


def clause_head(token):
    """The predicate of the clause a token belongs to (a conjunct with a subject of its own is a
    clause: "She wrote it until a friend persuaded her")."""
    t = token
    for _ in range(40):
        if t.dep_ in CLAUSE_DEPS or t.head.i == t.i \
                or t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubj:pass") for c in t.children):
            return t
        t = t.head
    return t


def hangs_under(token, ancestor) -> bool:
    """``token`` hangs, at any depth, under ``ancestor`` in the parse."""
    return any(a.i == ancestor.i for a in token.ancestors)


@dataclass
class NameSpan:
    """A run of capitalised words that may name a person, split into titles and the name."""

    start: int  # token index of the first title or name word (in the Doc)
    name_start: int  # first token of the name itself
    end: int  # one past the last name token
    head: int  # token index of the name's syntactic head
    title_gender: str = ""  # 'f'/'m' from Mr, Ms, Sir, Queen...
    title_token: int = -1
    describing: list[int] = field(default_factory=list)  # title and role words before the name
    person: bool = False
    reason: str = ""  # why it is a person (or why not)
    provisional: bool = False  # a lone capitalised word: a person only if a pronoun confirms it


def _capitalised(token) -> bool:
    text = token.text
    if len(text) > 2 and text.isupper() and text.isalpha():
        return False  # headlines and datelines in capitals ("RUSSIAN URGENCY", "KYIV")
    return text[:1].isupper() and (text[:1].isalpha()) and token.pos_ not in (
        "DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PUNCT", "NUM", "PART", "INTJ")


def _capitals_surname(doc, j: int) -> bool:
    """"Giuseppe FORTUNATO", "Mr BARROSO": a surname in capitals after a first name the name data
    know or a courtesy title, as lists of members and votes write it (a headline's capitals are not)."""
    text, before = doc[j].text, doc[j - 1].text
    return len(text) > 2 and text.isupper() and text.isalpha() and before[:1].isupper() \
        and not before.isupper() and (known_first_name(before) or before.lower().rstrip(".") in COURTESY_TITLES)


def _is_title_word(lower: str) -> bool:
    _, roles = word_tables()
    return lower in EN_TITLES or lower in NEUTRAL_TITLES or lower in roles or lower in TITLE_MODIFIERS \
        or lower.rstrip(".") in EN_TITLES or lower.rstrip(".") in NEUTRAL_TITLES


def _joined(doc, i: int) -> bool:
    """Token i+1 continues token i's word: "Jean-Pierre", "al-Ani" (no space around a hyphen)."""
    return i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_


def capitalised_runs(sentence) -> list[tuple[int, int]]:
    """(start, end) token ranges of capitalised words, with particles and hyphens inside."""
    doc = sentence.doc
    runs, i, end = [], sentence.start, sentence.end
    while i < end:
        if not _capitalised(doc[i]):
            i += 1
            continue
        if _joined(doc, i) and doc[i + 2].text[:1].islower() and i + 2 < end:
            i += 3  # "T-shirts", "X-rays", "Anti-war": one everyday word, no name
            continue
        j = i + 1
        while j < end:
            if _capitalised(doc[j]) or _capitals_surname(doc, j) and j == i + 1:
                j += 1
            elif doc[j].text == "-" and j + 1 < end and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
                    and doc[j + 1].text[:1].isalpha():
                j += 2  # "Jean-Pierre", "al-Ani", "Go-Sanjo"
            elif doc[j].text.islower() and doc[j].lower_ in PARTICLES:
                k = j  # "Ursula von der Leyen", "Luis de Guindos": particles, then a capital
                while k < end and k < j + 3 and doc[k].text.islower() and doc[k].lower_ in PARTICLES:
                    k += 1
                if k < end and _capitalised(doc[k]):
                    j = k + 1
                else:
                    break
            else:
                break
        runs.append((i, j))
        i = j
    return runs


# verbs whose object, where the entity tagger says place, is one: "left Southampton", "reached Dover"
_PLACE_VERBS = {"leave", "reach", "enter", "cross", "visit", "tour", "flee", "fled", "invade", "bomb", "shell", "rule",
                "govern", "occupy", "annex", "liberate", "evacuate", "capture"}


def _described_person(doc, determiner: int, start: int, head: int, name_start: int, ents: dict[int, str]) -> bool:
    """"the young Anna Berg", "the late Tom Hale": only adjectives between the article and a name
    that is a person's (a known first name, or the entity reader's person), not "the mighty Mississippi"."""
    between = doc[determiner + 1:start]
    return bool(between) and all(t.pos_ == "ADJ" or t.text == "-" for t in between) \
        and (known_first_name(doc[name_start].text) or ents.get(head) == "PER")


def read_name(sentence, start: int, end: int, ents: dict[int, str]) -> NameSpan | None:
    """The titles and the name in the run [start, end), and whether it names a person."""
    doc = sentence.doc
    i, title_gender, title_token, describing = start, "", -1, []
    # the titles end at the last title or nationality word before the name: "European Commission
    # President Ursula von der Leyen", "Russian Deputy Foreign Minister Sergei Ryabkov"
    last = max((k for k in range(start, end - 1) if _is_title_word(doc[k].lower_) or nationality_of(doc[k])),
               default=-1)
    # a courtesy title names whoever follows it, whatever the parse makes of the word ("Mr Berthu"
    # tagged an adjective, "Mrs Harms" a plural noun, "Mr Cabezón highlights" a compound)
    courtesy = last >= 0 and doc[last].lower_.rstrip(".") in COURTESY_TITLES
    if last >= 0 and (doc[last + 1].pos_ == "PROPN" or known_first_name(doc[last + 1].text) or courtesy):
        for k in range(start, last + 1):
            lower = doc[k].lower_.rstrip(".")
            if lower in EN_TITLES:
                title_gender, title_token = EN_TITLES[lower][:1], k
            describing.append(k)
        i = last + 1
    while i < end and doc[i].text.islower():  # particles cannot open the name
        i += 1
    if i >= end or all(_is_title_word(t.lower_) for t in doc[i:end]):
        if end - start == 1 and doc[start].text[:1].isupper() and _acts_as_person(doc[start]):
            span = NameSpan(start, start, end, start, "", -1, [])  # "Cook first appeared": a surname
            span.provisional, span.reason = True, "a capitalised word that acts as someone"
            return span
        return None  # titles with no name after them: "Deputy Secretary of State"
    # a lone title word ("Mr") with nothing after it is no name
    name = [t for t in doc[i:end]]
    head = max(range(i, end), key=lambda k: (doc[k].head.i < i or doc[k].head.i >= end, -k))
    for k in range(i, end):  # the token whose head is outside the run
        if doc[k].head.i < i or doc[k].head.i >= end or doc[k].head.i == k:
            head = k
    span = NameSpan(start, i, end, head, title_gender, title_token, describing)
    words = [t.lower_ for t in name if t.text != "-"]
    if any(w in NOT_NAME_WORDS for w in words):
        span.reason = "an organisation or event name"
        return span
    if courtesy and not _in_quotes(sentence, start, end):
        span.person, span.reason = True, "a courtesy title before the name"
        return span
    if end - i == 2 and _capitals_surname(doc, i + 1) and known_first_name(doc[i].text):
        span.person, span.reason = True, "a first name and a surname in capitals, as lists write members"
        return span  # "Giuseppe FORTUNATO 45 votes": no model number, no modifier of "votes"
    if doc[end - 1].dep_ in ("compound", "amod") and doc[end - 1].head.i >= end:
        governor = doc[end - 1].head
        if governor.pos_ == "NOUN" and governor.text[:1].islower():
            # "Kennedy airport", "the Biden administration", "Customs officers": a modifier, no referent
            span.reason = f"modifies '{governor.text}'"
            return span
    after = end
    while after + 1 < len(doc) and doc[after].text in ("-", "–", "—", "/") and doc[after + 1].text[:1].isupper():
        after += 2  # "the Darwin–Wedgwood family": past the other names joined to this one
    if after < len(doc) and doc[after].lower_ in FAMILY_NOUNS and not title_gender:
        span.reason = f"'{doc[start].text} {doc[after].text}': a family, no one person"
        return span
    if end < len(doc) and doc[end].like_num \
            and (doc[end].pos_ == "NUM" or any(c.isdigit() for c in doc[end].text)):  # not "Mason first appeared"
        span.reason = "a name with a number: a vehicle or a model"  # "the Queen Mary 2", "Apollo 11"
        return span
    determiner = next((t for t in doc[head].children if t.dep_ == "det"), None)
    if determiner is not None and determiner.i < start and not describing \
            and not any(human_noun(t) for t in doc[determiner.i + 1:start]) \
            and not _described_person(doc, determiner.i, start, head, i, ents):  # "the painter Ines Carvalho"
        if ents.get(head) == "PER" and any(t.text.islower() for t in doc[determiner.i + 1:start]) \
                and doc[head].dep_ in ("nsubj", "nsubj:pass"):
            span.provisional, span.reason = True, "the article is a word's before it, the name a subject"
            return span  # "With the armistice Coppard was discharged", parsed with "the" on the name
        if end - start == 1 and _subject_of_human_predicate(doc[head]):
            span.provisional, span.reason = True, "a name with an article that is someone by its predicate"
            return span  # "The Asp is an accomplished dancer": a character's name
        span.reason = f"'{determiner.text} {doc[head].text}': a thing, not a person"  # "the Titanic"
        return span
    governor = doc[head].head
    if doc[head].dep_ == "appos" and governor.lower_ in THING_NOUNS and not known_first_name(doc[i].text) \
            and not (governor.dep_ == "nmod" and human_noun(governor.head)):  # "the head of the agency, Z. Petrova"
        span.reason = f"'{governor.text}, {doc[start].text}': the name of a thing"  # "the bank, Lehman Brothers"
        return span
    if start > 0 and doc[start - 1].lower_ in THING_NOUNS and not describing \
            and (doc[start - 1].head.i in range(start, end) or doc[head].head.i == start - 1):
        span.reason = f"'{doc[start - 1].text} {doc[start].text}': the name of a thing"  # "the union Equity"
        return span
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in PLACE_OF_NOUNS and not describing:
        span.reason = f"'{doc[start - 2].text} of {doc[start].text}': a place"  # "the University of Hull"
        return span
    if start >= 2 and doc[start - 1].lower_ in ("de", "des", "du", "of", "for", "der", "für") and not describing \
            and doc[start - 2].lower_ in NOT_NAME_WORDS and doc[start - 2].text[:1].isupper():
        span.reason = f"'{doc[start - 2].text} {doc[start - 1].text} {doc[start].text}': an institution's name"
        return span  # "the École des Hautes Études Commerciales", "the Institute for Advanced Study"
    if start >= 2 and doc[start - 1].lower_ in AREA_ADJECTIVES and doc[start - 2].lower_ in LOCATIVE:
        span.reason = f"'{doc[start - 1].text} {doc[start].text}': a place"  # "in central Bremen"
        return span
    if _in_quotes(sentence, start, end):
        span.reason = "a title in quotation marks"
        return span
    if end - start == 1 and doc[start].text.isupper() and len(doc[start].text) <= 4 and start > 0 \
            and doc[start - 1].text == "(" and end < len(doc) and doc[end].text == ")":
        span.reason = "a code in brackets"  # "(RO)", "(PPE)": a speaker's language or group
        return span
    if _beside_work_noun(doc, start, end, head):
        span.reason = "the name of a work, a vehicle or a storm"
        return span
    first = name[0].text
    ent = ents.get(head, "")
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text in (",", ")") \
            and doc[end + 1].text.isdigit() and 0 < int(doc[end + 1].text) < 120:
        span.person, span.reason = True, "an age after the name"  # "Aigerim Seitkali, 16, became"
        return span
    if ent == "LOC" and start > 1 and doc[start - 1].text == "," and ents.get(start - 2) == "LOC" \
            and not span.title_gender:
        span.reason = f"'{doc[start - 2].text}, {doc[start].text}': a place and its region"  # "Centreville, New Brunswick"
        return span
    if len([w for w in words if w not in PARTICLES]) == 1:
        lower = words[0]
        if lower in places() or lower in countries() or lower in NOT_FIRST_NAMES and not describing:
            span.reason = "a place"
            return span
        if describing and (title_gender or doc[describing[-1]].lower_.rstrip(".") in NEUTRAL_TITLES
                           or doc[describing[-1]].lower_ in word_tables()[1]):
            span.person, span.reason = True, "a title before a surname"
            return span
        if is_common_english(lower) and not ents.get(head) == "PER":
            if _acts_as_person(doc[head]):
                span.provisional, span.reason = True, "a capitalised word that acts as someone"
                return span
            span.reason = "an everyday word with a capital"  # "Customs", "Police", "Officials"
            return span
        if start > 0 and doc[start - 1].lower_ in LOCATIVE:
            span.reason = f"'{doc[start - 1].text} {doc[start].text}': a place"  # "Born in Zwolle"
            return span
        if ent == "LOC" and doc[head].dep_ == "obj" and verb_in(doc[head].head, _PLACE_VERBS):
            span.reason = f"'{doc[head].head.text} {doc[start].text}': a place"  # "left Southampton"
            return span
        span.provisional, span.reason = True, "a lone capitalised word"
        return span
    if ent in ("ORG", "LOC") and not describing and start > 0 and doc[start - 1].lower_ in LOCATIVE:
        span.reason = f"'{doc[start - 1].text} {doc[start].text}': a place"  # "Born in East Centreville"
        return span
    if ent in ("ORG", "LOC") and not describing and not known_first_name(first):
        # the tagger learnt from 2,000 sentences: its ORG is a doubt, not a verdict
        span.provisional, span.reason = True, f"tagged {ent}, a person only if the text confirms it"
        return span
    last = doc[end - 1]
    if not describing and ent != "PER" and end - i >= 2 and last.lower_.endswith("s") and len(last.text) > 3 \
            and (is_common_english(last.lower_[:-1]) or is_common_english(last.lower_[:-2])) \
            and not known_first_name(last.text):
        span.reason = "ends in a common plural noun: a title or a name of things"  # "Grimms' Fairy Tales"
        return span
    if describing:
        span.person, span.reason = True, "a title before the name"
    elif known_first_name(first):
        span.person, span.reason = True, f"first name {first}"
    elif ent == "PER":
        span.person, span.reason = True, "tagged as a person"
    else:
        span.provisional, span.reason = True, "an unknown first name"
    return span


def _subject_of_human_predicate(token) -> bool:
    """The subject of a copula whose predicate is a human noun: "The Asp is a dancer"."""
    verb = token.head
    return token.dep_ == "nsubj" and verb.pos_ == "NOUN" and bool(human_noun(verb)) \
        and any(c.dep_ == "cop" for c in verb.children)


def _acts_as_person(token) -> bool:
    """"Chambers is an author", "Chambers has a keen interest", "Cook was born": a capitalised everyday
    word the parse makes a proper noun and the subject of a person's predicate (a human noun after a
    copula, "born"), a role word with no article, or a plural-looking word with a singular verb, is a
    surname; still provisional (a pronoun or title must confirm it)."""
    if token.pos_ != "PROPN" or token.dep_ not in ("nsubj", "nsubj:pass") \
            or any(c.dep_ in ("det", "nmod:poss", "amod") for c in token.children):
        return False  # "The Marquess was not spared": a surname takes no article
    verb = token.head
    if human_noun(verb) and any(c.dep_ == "cop" for c in verb.children) and not verb.lower_.endswith("s"):
        return True
    if verb.lower_ == "born":
        return True
    if human_noun(token) == token.lower_:
        return True  # "Cook first appeared", "Baker said": a role word with no article is a surname
    helpers = [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop"))]
    return token.lower_.endswith("s") and any(t.tag_ == "VBZ" or t.lower_ in ("was", "has", "is") for t in helpers)


def _in_quotes(sentence, start: int, end: int) -> bool:
    doc = sentence.doc
    before = doc[start - 1].text if start > 0 else ""
    after = doc[end].text if end < len(doc) else ""
    return before in ('"', "“", "‘", "'", "«") and after in ('"', "”", "’", "'", "»")


def _beside_work_noun(doc, start: int, end: int, head: int) -> bool:
    """"the film Frida", "Hurricane Maria", "the ship Queen Mary": a work noun joined to the name."""
    token = doc[head]
    if token.dep_ == "nmod:poss" and end < len(doc) and doc[end].lower_ in ("'s", "’s", "'", "’"):
        return False  # "Lee's novel": the author of the novel, no novel called Lee
    neighbours = [token.head] + list(token.children)
    if start > 0:
        neighbours.append(doc[start - 1])
    return any(n.lower_ in WORK_NOUNS and n.i not in range(start, end) and not _verb_between(doc, n.i, start, end)
               for n in neighbours) or doc[start].lower_ in WORK_NOUNS


def _verb_between(doc, i: int, start: int, end: int) -> bool:
    """A verb between token ``i`` and the span: "Ama Mensah studied law" misparsed with "law" as the
    name's head is no law named after her."""
    low, high = (i + 1, start) if i < start else (end, i)
    return any(t.pos_ in ("VERB", "AUX") for t in doc[low:high])


def nationality_of(token) -> str:
    """'russian' for "Russian", "Russia's"; '' otherwise."""
    nationalities, _ = word_tables()
    lower = token.lower_
    lower = NATIONALITY_ALIASES.get(lower, lower)
    if lower in nationalities:
        return lower
    return countries().get(lower, "")


def entity_labels(doc) -> dict[int, str]:
    """token index -> PER / ORG / LOC from the entity tagger."""
    out = {}
    for ent in doc.ents:
        for t in ent:
            out[t.i] = ent.label_
    return out

"""The names of an English segment, read from the parse: what the names check looks for in the French.

A name is a word the English analysis does not read as a function word (a pronoun, a
determiner, "He", "No", "As"), that is not an ordinary English word capitalised by a headline
or a sentence start ("Program", "Women"), nor a month, a day, a title or a nationality; a
name of the variant tables (countries, cities, organisations) is taken whole.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..nlp.english_common import is_common_english, is_everyday_word
from ..nlp.name_match import folded
from ..nlp.name_variants import norm
from ..nlp.numbers_parse import MONTHS_EN
from ..nlp.pipeline import text_of
from ..nlp.tokens import fold as _fold_uncached
from ..nlp.tokens import tokenize

fold = lru_cache(maxsize=100_000)(_fold_uncached)

_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_TITLES = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "lt", "col", "sgt", "rev", "sen", "rep", "gov",
           "sir", "lord", "lady", "dame", "king", "queen", "prince", "princess", "pope", "saint", "capt", "cpl",
           "maj", "adm", "brig", "pte", "pvt", "cmdr", "insp", "supt", "det", "mme", "mlle", "herr", "frau"}
# Capitalised in English titles and bodies, translated as ordinary words in French.
_COMMON = set("""
a an the of for and in on at to by with from de la le du des del der von van al el bin
president vice deputy prime minister ministers secretary general chief executive director chairman chairwoman
chair governor mayor ambassador spokesman spokeswoman spokesperson commander head leader senator representative
foreign interior defense defence finance economy economic trade health justice home affairs state states united
department ministry office council committee commission union party army navy air force forces guard bank court
house senate congress parliament assembly agency service services university institute center centre foundation
association federation republic kingdom nations national international european central federal supreme high
security cooperation co-operation development world global north south east west northern southern eastern
western middle far near new old great upper lower cold war treaty pact alliance agreement accord summit conference
talks forum group games cup league championship street avenue square palace hall airport station river lake sea
ocean gulf bay island islands mountain mountains valley province region county district city town peninsula strait
canal organization organisation administration government authority authorities police military intelligence
democratic republican conservative labour liberal green socialist communist people peoples popular royal
first second third fourth fifth day week year month news press media times post journal daily report reporting
writing editing additional photo video breaking update exclusive analysis factbox timeline explainer insight
god internet web online digital nuclear energy oil gas climate covid coronavirus pandemic
reporters editors correspondent rector dean professor lieutenant sergeant captain colonel major admiral marshal
corporal private commissioner inspector superintendent detective chancellor premier commissioner mp mep
""".split())
_DEMONYM_EXTRA = {"soviet", "european", "western", "eastern", "northern", "southern", "arab", "african", "asian",
                  "latin", "nordic", "baltic", "slavic", "islamic", "jewish", "muslim", "christian", "catholic",
                  "protestant", "orthodox", "sunni", "shia", "shiite", "kurdish", "american", "american-led",
                  "anglo", "transatlantic", "atlantic", "pacific", "democrat", "democrats", "republicans",
                  "islamist", "islamists", "moorish", "saxon", "anglo-saxon", "balkan", "scandinavian", "germanic",
                  "hispanic", "latino", "iberian", "caucasian", "chechen", "chechens", "cypriot", "cypriots",
                  "basque", "catalan", "flemish", "walloon", "tibetan", "uighur", "uyghur", "tamil", "pashtun", "gallic", "celtic", "roman", "byzantine",
                  "ottoman", "habsburg", "colonial", "imperial", "bolshevik", "marxist", "stalinist", "nazi",
                  "nazis", "fascist", "zionist", "jihadist", "jihadists", "salafist", "pro-european", "eurosceptic"}
# The head nouns of things named after someone or somewhere ("the Helms-Burton Act", "the Kozloduy Power
# Plant", "the Dow Jones Industrial Average"): a group ending with one is no person, whatever its first word.
_THING_HEADS = set("""
act acts law laws bill plant plants station index average institute museum arena stadium programme program
fund prize award directive regulation protocol doctrine declaration charter plan initiative process report
project system network laboratory module probe satellite telescope reactor dam bridge tower tunnel hospital
school college academy festival exchange airport port highway motorway line railway company corporation
""".split())
_FUNCTION_POS = {"PRON", "DET", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "INTJ", "NUM", "PUNCT", "SYM"}
_SENTENCE_OPENERS = {".", "!", "?", ":", ";", "(", '"', "“", "«", "'", "‘", "-", "–", "—", "[", "…"}
_CONNECTORS = {"de", "al", "bin", "ibn", "van", "von", "der", "den", "la", "le", "du", "da", "di", "dos", "del",
               "el", "ter", "zu", "abu", "bint"}
_POSSESSIVE = re.compile(r"['’]s?$")
INITIAL = re.compile(r"^[A-ZÀ-Ý]\.?$")

is_ordinary = is_everyday_word  # an ordinary English word, whatever its capital: 'Program', 'Women'


def _demonyms() -> set[str]:
    from ..nlp.name_variants import _adjectives
    return {fold(a) for forms in _adjectives().values() for a in forms[-1:]} | _DEMONYM_EXTRA


_DEMONYM_CACHE: set[str] = set()


def _is_demonym(word: str, table) -> bool:
    if not _DEMONYM_CACHE:
        _DEMONYM_CACHE.update(_demonyms())
    low = fold(word)
    if low in _DEMONYM_CACHE or low.rstrip("s") in _DEMONYM_CACHE:
        return True
    for part in low.split("-"):  # German-Turkish, Franco-German
        if part in _DEMONYM_CACHE:
            return True
    # Crimean, Syrian, Kosovan: adjective of a listed place
    for cut in (1, 2, 3):
        if low.endswith(("an", "ian", "ean", "ese", "ish", "ans", "ians")) and low[:-cut] in table.forms:
            return True
    return False


def never_a_name(word: str, table) -> bool:
    low = fold(word)
    return (low in _COMMON or low in _DAYS or low in MONTHS_EN or low.rstrip(".") in _TITLES
            or _is_demonym(word, table) or len(low) < 2)


@lru_cache(maxsize=20_000)
def is_heading(text: str) -> bool:
    """An all-capitals or title-case headline: its capitals say nothing about names."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) > 3 and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return True
    words = [w for w in re.findall(r"[^\W\d_]{4,}", text)]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words) \
        and not text.rstrip().endswith((".", "?", "!", '"'))


@lru_cache(maxsize=4096)
def is_first_name(word: str) -> bool:
    """A common first name (at least 1,000 US births) that is not an ordinary word: Ned, Angela."""
    from ..nlp.names import _lookup

    if is_common_english(word) or word.isupper():
        return False
    found = _lookup(word)
    return bool(found) and (found[1][0] + found[1][1] >= 1000 or found[1][2] in ("m", "f"))


# A segment's names depend on its text, the table and the document's known names alone: a text
# repeated in another document (a batch, a re-check) is read once per process.
_FOUND: dict = {}
FOUND_SIZE = 50_000


class SourceName(NamedTuple):
    start: int
    end: int
    text: str
    accepted: frozenset  # forms of the variant tables (empty for other names)
    words: tuple  # the words to find in the French, first name(s) first, surname or head last
    sure: bool  # a name for certain: its absence from the French is reported
    person: bool  # First Last
    kind: str = ""  # the table's kind (country, city, org...), "person", or ""


def _known_names(texts) -> set[str]:
    """Words the document capitalises mid-sentence in its body (used as names elsewhere)."""
    known, openers = set(), {}
    for text in texts:
        if is_heading(text) or not text.rstrip().rstrip('"”»\')’ ').endswith((".", "?", "!", ":", ";")):
            continue  # headlines capitalise words that are no names
        tokens = tokenize(text, split_inversions=False)
        if tokens and tokens[0].is_word and tokens[0].text[:1].isupper():
            first = fold(_POSSESSIVE.sub("", tokens[0].text))
            openers[first] = openers.get(first, 0) + 1
            if openers[first] >= 2 and not is_ordinary(tokens[0].text):
                known.add(first)  # "Ryabkov said ... Ryabkov repeated": a name the document keeps opening with
        for n, token in enumerate(tokens):
            if n and token.is_word and token.text[:1].isupper() and tokens[n - 1].text not in _SENTENCE_OPENERS:
                known.add(fold(_POSSESSIVE.sub("", token.text)))
    return known


def _table_match(doc, i: int, table):
    """(tokens, phrase) of the longest variant-table name starting at token i."""
    first = norm(doc[i].text)
    if not first or first.split(" ")[0] not in table.first_words:
        return None
    for size in range(min(table.max_words + 2, len(doc) - i), 0, -1):
        span = doc[i:i + size]
        phrase = _POSSESSIVE.sub("", span.text)
        if span[-1].is_punct:
            continue
        key = norm(phrase)
        if size > 1 and any(w[:1].islower() and w.lower() not in _CONNECTORS and w.lower() not in _LOWER_IN_NAMES
                            for w in phrase.split()):
            continue  # "an Islamic state", "the Muslim brotherhood": a common noun, not the name
        if key in table.forms and not (table.cased.get(key) and not phrase.replace(".", "").isupper()):
            return size, span.start_char, span.start_char + len(phrase), phrase
    return None


_LOWER_IN_NAMES = {"of", "the", "and", "for", "on", "in", "upon", "sur", "et", "en", "des", "les", "am", "an", "im"}
_CURRENCY_AFTER = {"$", "dollar", "dollars"}


def _opener(doc, i: int) -> bool:
    return i == 0 or doc[i - 1].text in _SENTENCE_OPENERS or doc[i - 1].text in ("'", '"')


def names_in(doc, table, known: set[str]) -> list[SourceName]:
    """The names of one parsed English segment."""
    heading = is_heading(text_of(doc))
    out = []
    i, n = 0, len(doc)
    while i < n:
        token = doc[i]
        if not token.text[:1].isupper() or not token.text[:1].isalpha():
            i += 1
            continue
        matched = _table_match(doc, i, table)
        if matched and any(doc[k].lower_ in _CURRENCY_AFTER for k in range(i + 1, min(n, i + matched[0] + 1))):
            i += matched[0]  # "US $ 50 billion", "Hong Kong dollars": the currency's name, the numbers' business
            continue
        if matched:
            size, start, end, phrase = matched
            kind = table.kind.get(norm(phrase), "")
            surname = kind == "first-name" and i + size < n and doc[i + size].text[:1].isupper()
            out.append(SourceName(start, end, phrase, frozenset(table.accepted(phrase)), (phrase,), not surname,
                                  kind in ("person", "first-name"), kind))
            i += size
            continue
        group = [i]  # consecutive capitalised words (and connectors): "Herman Van Rompuy", "Abu Bakr al-Baghdadi"
        j = i + 1
        while j < n and doc[j - 1].whitespace_:
            word = doc[j].text
            capital = word[:1].isupper() and word[:1].isalpha()
            after = j + 1
            while after < n and doc[after].text.lower() in _CONNECTORS:
                after += 1  # "von der Leyen", "bin Abdul"
            connector = word.lower() in _CONNECTORS and after < n and doc[after].text[:1].isupper()
            if not (capital or connector) or _table_match(doc, j, table):
                break
            group.append(j)
            j += 1
        name = _group_name(doc, group, table, known, heading)
        if name is not None:
            out.append(name)
        i = j
    return out


def _group_name(doc, group: list[int], table, known, heading: bool) -> SourceName | None:
    """A SourceName for capitalised tokens, or None when none of them is a name."""
    tokens = [doc[k] for k in group if doc[k].text.lower() not in _CONNECTORS or doc[k].text[:1].isupper()]
    words = [_POSSESSIVE.sub("", t.text) for t in tokens]
    named = [w for w in words if not never_a_name(w, table)]  # "President Christine Lagarde": from Christine
    first_last = len(named) >= 2 and is_first_name(named[0]) and not any(fold(w) in _COMMON for w in named[1:])
    before = doc[tokens[0].i - 1] if tokens[0].i else None
    person = (first_last or any(t.ent_type_ == "PER" for t in tokens) or (
        before is not None and fold(before.text).rstrip(".") in _TITLES)) and fold(words[-1]) not in _THING_HEADS
    first_last = first_last and person
    kept, sure = [], False
    for token, word in zip(tokens, words):
        if never_a_name(word, table) or token.pos_ in _FUNCTION_POS or ("." in word and not word.isupper()):
            continue
        ordinary = is_ordinary(word)
        acronym = word.isupper() and len(word) >= 2
        if ordinary and not (first_last or fold(word) in known and not _opener(doc, token.i) and not heading):
            continue  # "Strategy", "Museum": an ordinary word with a capital
        if _opener(doc, token.i) and fold(word) not in known and (ordinary or token.pos_ in ("ADV", "VERB", "ADJ")
                                                               or (len(tokens) == 1 and not is_first_name(word))):
            continue  # a sentence's first word is a name only when the document uses it as one ("Turnout reached")
        if heading and (ordinary or fold(word) not in known and (token.pos_ != "PROPN" or text_of(doc).isupper())):
            continue  # a headline's capitals: only names the document uses elsewhere, or the parse's
        kept.append(word)
        unsure_start = _opener(doc, token.i) and fold(word) not in known and not first_last
        if not acronym and not ordinary and len(word) >= 3 and not unsure_start:
            sure = True  # a first word the document never uses as a name ("Turnout") may be a word
    if not kept:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(words[-1])
    return SourceName(start, end, " ".join(kept), frozenset(), tuple(kept), sure and not heading, person,
                      "person" if person else "")


class SourceNames:
    """The source's names, found once: they depend on the source alone, so a review session keeps
    them across edits of the translation (``depends_on_target = False``)."""

    depends_on_target = False
    depends_on_people = False

    def __init__(self, ctx, table):
        from ..people.english import parse_all

        self.table = table
        self.with_cast = "people" in ctx.analyses
        texts = [seg.source.text for seg in ctx.document.segments if seg.source.text.strip()]
        self.known = _known_names(texts)
        self._by_text: dict[str, list] = {}
        self._segments = list(ctx.document.segments)
        self._index = {seg.id: n for n, seg in enumerate(self._segments)}
        self._order = None
        known = frozenset(self.known)
        todo = [t for t in dict.fromkeys(texts) if (table, t, known) not in _FOUND]
        for text, doc in zip(todo, parse_all(todo)):
            _FOUND[(table, text, known)] = tuple(names_in(doc, table, self.known))
        for text in texts:
            self._by_text[text] = list(_FOUND[(table, text, known)])
        while len(_FOUND) > FOUND_SIZE:
            del _FOUND[next(iter(_FOUND))]  # the oldest first

    def first_mention(self, seg, name: SourceName) -> bool:
        """No earlier segment's source has this name's last word."""
        if self._order is None:
            self._order = {}
            for n, other in enumerate(self._segments):
                for found in self.names_of(other.source.text):
                    if found.words:
                        self._order.setdefault(folded(found.words[-1]), n)
        position = self._index.get(seg.id, 0)
        return self._order.get(folded(name.words[-1]), position) >= position

    def names_of(self, text: str) -> list[SourceName]:
        if text not in self._by_text:
            from ..people.english import parse

            self._by_text[text] = names_in(parse(text), self.table, self.known)
        return self._by_text[text]


def source_names(text: str, table, known: set[str]):
    """(start, end, name, accepted, sure) for each name in an English text."""
    from ..people.english import parse

    for name in names_in(parse(text), table, known):
        yield name.start, name.end, name.text, set(name.accepted) or list(name.words), name.sure

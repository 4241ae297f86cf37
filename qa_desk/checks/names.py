"""Names of people, places and organisations: each one in the source must be rendered in the target.

A name is a word the English analysis does not read as a function word (a pronoun, a
determiner, "He", "No", "As"), that is not an ordinary English word capitalised by a headline
or a sentence start ("Program", "Women"), nor a month, a day, a title or a nationality.
It is rendered when the French has it by any convention: an exonym or acronym of the tables
(resources/names/variants.tsv, and CLDR's countries, regions and cities in cldr_places.tsv:
Geneva/Genève, Pilsen/Plzeň, NATO/OTAN), a transliteration by French habits
(Tymoshenko/Timochenko, Yanukovych/Ianoukovitch), its letters without their accents
(Paclík/Paclik), a plural, or an initial for a first name. A French word one slip away from a
name (Kinkel/Kinkle) is a misspelling; a name with no rendering at all is missing. A person's
name spelled two ways in one document is a minor inconsistency.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from ..nlp.name_match import folded, near_miss, renders
from ..nlp.name_variants import load_variants, name_words, norm
from ..nlp.tokens import tokenize
from .name_finder import (INITIAL, SourceName, SourceNames, is_first_name, is_heading, is_ordinary,  # noqa: F401
                          never_a_name, source_names)
from .registry import CheckContext, register_check

# A function word with nothing after it, or a courtesy title without its name: a word was lost there.
_GAP = re.compile(
    r"(?<![\w'’-])(?:(?:de|du|des|à|au|aux|en|par|pour|sur|dans|avec|chez|vers|entre|la|le|les|un|une|der|von|van)"
    r"(?=[ \u00a0]*(?:[.,;:)!?]|$)|[ \u00a0]+(?:a|ont|est|sont|et|s['’]attend\w*)(?![\w'’-]))"
    r"|(?i:le|la|un|une)[ \u00a0]+(?:a|ont|en|à|par|pour|sur|dans|avec|et)(?![\w'’-])"
    r"|(?:M\.|Mme|Mlle|Dr|Me)[ \u00a0]+(?=[a-zà-ÿ]|[.,;:]|s['’]))"
    r"|(?<![\w'’])[ldLD]['’](?:[ \u00a0]+(?=[a-zà-ÿ])|[ \u00a0]*(?=[.,;:]|$))")
# French words that stand for a place, a body or a person already named: "dans mon pays" for Spain.
_STAND_INS = {
    "country": ("pays", "etat", "etats", "nation", "nations", "patrie", "royaume", "republique", "territoire"),
    "region": ("region", "regions", "province", "zone", "territoire", "continent", "pays"),
    "city": ("ville", "capitale", "cite", "metropole", "commune"),
    "org": ("organisation", "institution", "institutions", "union", "communaute", "agence", "conseil",
            "commission", "cour", "banque", "entreprise", "societe", "groupe", "parti", "alliance", "tribunal"),
    "any": ("celle-ci", "celui-ci", "ceux-ci", "celles-ci", "derniere", "dernier", "derniers", "dernieres"),
    # a member addressed or named by role, the parliaments' habit: "Cher collègue", "Monsieur le Député"
    "person": ("collegue", "collegues", "depute", "deputee", "rapporteur", "rapporteure"),
}


_JOINERS = re.compile(r"[-'’]")  # a hyphenated or elided word's parts are looked up too


class _Target:
    """The target segment's words, for the lookups."""

    def __init__(self, text: str):
        self.text = text
        self.padded = f" {norm(text)} "
        self.tokens = []  # (word, token): hyphenated and elided words split too, "JP Morgan" joined
        previous = None
        for token in tokenize(text, split_inversions=False):
            if not token.is_word:
                previous = None
                continue
            self.tokens.append((token.text, token))
            if _JOINERS.search(token.text):
                for part in _JOINERS.split(token.text):
                    if part and part != token.text:
                        self.tokens.append((part, token))
            if previous is not None and previous.text[:1].isupper() and token.text[:1].isupper():
                self.tokens.append((previous.text + token.text, token))
            previous = token
        self.capitalised = [(w, t) for w, t in self.tokens if w[:1].isupper()]
        self.capitalised_words = [(w, t) for w, t in self.capitalised
                                  if w.isalpha() and (w == t.text or w in _JOINERS.split(t.text))]
        self.folded = [folded(w) for w, _ in self.tokens]

    def has(self, form: str) -> bool:
        return f" {form} " in self.padded

    def has_stem(self, form: str) -> bool:
        """A word of the French derives from this one-word form: "monténégrins" from "Monténégro"."""
        stem = form[:max(5, len(form) - 2)]
        return " " not in form and len(form) >= 5 and any(w.startswith(stem) for w in self.folded)

    def rendering(self, word: str, joined: bool = False):
        """(French word, its token) rendering this source word, or None. A word of a name that French
        translates ("Haus" / "maison", resources/names/name_words.tsv) is rendered by its translation;
        a name's part before a hyphen ("Shui-bian", ``joined``) by a French word it begins."""
        for w, token in self.tokens:
            if renders(word, w):
                return w, token
        key = folded(word)
        for french in name_words().get(norm(word), ()):
            if " " in french and self.has(french):
                return french, None
            found = next(((w, t) for w, t in self.tokens if folded(w).startswith(french.replace(" ", ""))), None)
            if found:
                return found
        if joined and len(key) >= 3:
            return next(((w, t) for w, t in self.tokens if len(folded(w)) > len(key) and folded(w).startswith(key)),
                        None)
        return None

    def slip(self, word: str):
        """A capitalised target token one slip away from the source word (not a French word), or None."""
        from ..nlp.lexicon import get_lexicon

        for w, token in self.capitalised:
            if near_miss(word, w) and not get_lexicon().analyses(w.lower()) and not reordered(word, w) \
                    and not folded(word).endswith(folded(w)):
                return token  # not "SRAS" for SARS, "HCNUR" for UNHCR: French orders an acronym's letters
        return None

    @property
    def gap(self) -> bool:
        """The French has a hole where a word was: "a déclaré à ,", "la cotation de a été", "Mme s'est"."""
        return bool(_GAP.search(self.text))

    def stands_in(self, kind: str) -> bool:
        """The French names the thing by what it is ("dans mon pays", "cette dernière")."""
        words = _STAND_INS.get(kind, ()) + _STAND_INS["any"]
        return any(folded(w) in words for w, _ in self.tokens)

    def translates(self, word: str) -> bool:
        """A French word here is what the translation table says this English word becomes
        ("Procurement" / "marchés", "Arena" / "Arènes")."""
        from ..align.lexical import default_lexicon

        options = [folded(fr) for fr, weight in default_lexicon().pairs.get(word.lower(), ()) if weight >= 0.1]
        return any(f and (w == f or len(f) >= 4 and w.startswith(f[:max(4, len(f) - 1)])) for f in options
                   for w in self.folded)

    def initial(self, word: str) -> bool:
        return any(INITIAL.match(w) and w[0] == word[0].upper() for w, _ in self.tokens if len(w) <= 2)


def reordered(english: str, french: str) -> bool:
    """An acronym with its letters in the French order: SARS / SRAS, UNHCR / HCNUR, EASA / AESA."""
    return english.isupper() and french.isupper() and sorted(english) == sorted(french)


@lru_cache(maxsize=100_000)
def _target(text: str) -> _Target:
    """Targets are re-read on every re-check: a segment whose text did not change is not re-indexed."""
    return _Target(text)


@register_check("names", category="Accuracy/Mistranslation", severity="major")
def names(ctx: CheckContext):
    """Name missing from the translation or spelled differently.

    Example: the source names "Sergei Ryabkov" and "Geneva"; the translation says
    "Sergueï Riabkov" and "Genève" (accepted) but drops "Ned Price": "Price" is flagged.
    "Klaus Kinkle" for "Klaus Kinkel" is flagged as a misspelling, with "Kinkel" as the
    suggestion; a person spelled "Ryabkov" in one sentence and "Riabkov" in another is a
    minor inconsistency, with the document's usual spelling as the suggestion.
    """
    table = load_variants()
    source = ctx.analyses.get("names-source")
    if source is None or source.with_cast != ("people" in ctx.analyses):
        source = ctx.analyses["names-source"] = SourceNames(ctx, table)
    spellings: dict[str, list] = defaultdict(list)  # source name -> [(segment, token)]
    for seg in ctx.document.segments:
        if not seg.source.text.strip() or not seg.target_text.strip():
            continue  # an omission is reported once, by the omission check
        target = _target(seg.target_text)
        found = []
        for name in source.names_of(seg.source.text):
            if name.accepted:
                found += _check_table_name(ctx, seg, name, target, source.first_mention(seg, name))
                continue
            found += _check_words(ctx, seg, name, target, spellings, source.first_mention(seg, name))
        yield from found
        flagged = {(i.start, i.end) for i in found}
        yield from (i for i in _slips(ctx, seg, source.names_of(seg.source.text), target)
                    if (i.start, i.end) not in flagged)
    yield from _inconsistent(ctx, spellings)


def _slips(ctx, seg, names, target: _Target):
    """A capitalised French word one slip away from a capitalised word of the source, where it
    renders nothing of the source and is no French word: "la Comission" for "the Commission"."""
    from ..nlp.lexicon import get_lexicon

    from .language import is_french_word

    words = {w for w in re.findall(r"[^\W\d_]{4,}", seg.source.text) if w[:1].isupper()}
    if not words:
        return
    table = load_variants()
    accepted = {form for name in names for form in name.accepted}
    accepted |= {form for w in words for form in table.accepted(w)}
    for w, token in target.capitalised_words:
        if len(w) < 4 or w.isupper() or w in words or norm(w) in accepted or get_lexicon().analyses(w.lower()) \
                or is_french_word(w) or norm(w) in table.places:
            continue  # acronyms are reordered in French (SARS / SRAS); "Irak", "Colombie" name places of their own
        if any(folded(w).startswith(folded(x)) or folded(x).startswith(folded(w)) or folded(x).endswith(folded(w))
               for x in words):
            continue  # a word derived from the name ("Europe" for European, "Frankfurter"), or split ("JP Morgan")
        if any(renders(source, w) for source in words):
            continue
        slipped = next((source for source in sorted(words) if near_miss(source, w)), None)
        if slipped is not None:
            start = token.start + max(0, token.text.find(w))
            yield ctx.issue("names", seg, start, start + len(w), f"'{w}' is spelled '{slipped}' in the source.",
                            suggestions=[slipped])


def _check_table_name(ctx, seg, name: SourceName, target: _Target, first: bool):
    """A name of the tables: one of its accepted forms (or a word derived from one) must be there."""
    if any(target.has(form) for form in name.accepted):
        return
    if not target.gap and any(target.has_stem(form) for form in name.accepted):
        return  # a word derived from it: "monténégrins" for Montenegro
    distinctive = [w for w in name.text.split() if not never_a_name(w, load_variants())]
    rendered = [w for w in distinctive if target.rendering(w)]
    if rendered and len(rendered) == len(distinctive):
        return  # every word of the name kept as it is ("Wall Street")
    if len(name.text.split()) > 1 and rendered:
        first = True  # part of it is there: "Buenos" for Buenos Aires
    for form in sorted(name.accepted):
        slip = target.slip(form) if " " not in form else None
        if slip is not None:
            yield ctx.issue("names", seg, slip.start, slip.end,
                            f"'{slip.text}' looks like a misspelling of '{name.text}' (accepted: "
                            f"{', '.join(sorted(name.accepted)[:4])}).")
            return
    if name.sure and not is_heading(seg.source.text) and (first and not target.stands_in(name.kind) or target.gap):
        yield ctx.issue("names", seg, 0, 0,
                        f"'{name.text}' from the source is missing from the translation "
                        f"(accepted: {', '.join(sorted(name.accepted)[:4])}).")


def _check_words(ctx, seg, name: SourceName, target: _Target, spellings, first: bool):
    """Issues for one name of the source: each word misspelt, or the whole name missing.

    Missing is said of a person's name at its first mention in the document (later, the French
    may say "il" or "le ministre"), or when the French keeps part of a name and drops its last word
    ("Christine" for Christine Lagarde, "Buenos" for Buenos Aires).
    """
    head = name.words[-1]
    missing_head, rendered, missing = False, 0, []
    source_text = seg.source.text
    for k, word in enumerate(name.words):
        found = target.rendering(word, joined=f"{word}-" in source_text)
        if found is not None:
            rendered += 1
            if k == len(name.words) - 1 and not word.isupper() and renders(word, found[0]):  # not "maison"
                spellings[folded(word)].append((seg, found))
            continue
        slip = target.slip(word)
        if slip is not None:
            yield ctx.issue("names", seg, slip.start, slip.end,
                            f"'{slip.text}' is spelled '{word}' in the source.", suggestions=[word])
            continue
        if (k < len(name.words) - 1 or is_first_name(word)) and target.initial(word):
            continue  # a first name as an initial: "J.-C. Juncker", "P.K. Subban"
        if k < len(name.words) - 1 and name.person:
            continue  # a first name left out before the surname
        missing.append(word)
        if word == head:
            missing_head = True
    partial = rendered and not is_ordinary(head)  # "Buffett" dropped from "Warren Buffett", not "Museum"
    if rendered and is_ordinary(head) and not name.person:
        return  # "Guggenheim Museum" / "musée Guggenheim", "Helms-Burton Act" / "loi Helms-Burton"
    if not name.person and missing and all(target.translates(word) for word in missing):
        return  # the name's words translated: "the Law on Public Procurement" / "la loi sur les marchés publics"
    if name.person and target.stands_in("person"):
        return  # "Mr Poettering said" / "Ce dernier a dit", "Mr Meyer" / "Cher collègue"
    if missing_head and name.sure and (name.person and first or partial or target.gap) \
            and not target.has_stem(folded(head)):
        yield ctx.issue("names", seg, 0, 0,
                        f"'{name.text}' from the source is missing or spelled differently in the translation.")


def _inconsistent(ctx: CheckContext, spellings: dict[str, list]):
    """A name spelled two ways in the target: the minority spelling is a minor issue."""
    for _, uses in spellings.items():
        counts = Counter(word for _, (word, _) in uses)
        if len(counts) < 2:
            continue
        usual = counts.most_common(1)[0][0]
        for seg, (word, token) in uses:
            if folded(word).rstrip("s") != folded(usual).rstrip("s"):
                start = token.start + max(0, token.text.find(word))
                yield ctx.issue("names", seg, start, start + len(word),
                                f"'{word}' is spelled '{usual}' elsewhere in this translation.",
                                suggestions=[usual], severity="minor")

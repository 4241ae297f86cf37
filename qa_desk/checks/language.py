"""Untranslated text: a target left in English, and English words inside French sentences.

Names, acronyms, numbers and quoted titles are not English words; nor are the
English words French news uses (week-end, leader, briefing...).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..nlp.name_variants import norm
from ..nlp.tokens import is_elided, tokenize
from ..people.wordlists import name_follows
from ..people.wordlists import PARTICLES
from .registry import CheckContext, register_check

ENGLISH_CONFIDENCE = 0.9  # lingua's probability of English above which a target is English
MIN_WORDS = 3  # words left after removing names and numbers, below which nothing is judged

# English words that are never French words (homographs such as a, an, on, as, but, or, son,
# me, us, if, in, once, ours are left out).
_ENGLISH_ONLY = set("""
the and of with is are was were has have had would could should will which that this these those from
by at it its they their them he she his her we our you your not been being said says after about over under
between into than then there what when where who whom why how also just only most some any other such because
while during against without within through before did does do can may might must shall it's don't won't
can't isn't doesn't didn't wasn't weren't aren't haven't hasn't wouldn't couldn't shouldn't there's they're
we're i'm you're he's she's we've they've i've let's what's who's their's whose yet though although whether
""".split())
# English words French news uses, and cognates spelled alike the lexicon may miss.
ALLOWED = set("""
week-end weekend week-ends leader leaders e-mail e-mails email emails mail mails briefing briefings manager
managers start-up start-ups startup startups business marketing sponsor sponsors lobby lobbying hashtag tweet
tweets podcast streaming blog hacker hackers cloud data big smartphone internet web live show stop match score
sprint leadership design look cool fast-food sandwich parking camping shopping jogging meeting meetings talk-show
boss staff job jobs deal timing checkpoint check-point ok okay fair-play best-seller newsletter selfie cyber spam
bug bugs gadget hub cluster trader traders trading hedge funds cash bonus flop hit top star stars fan fans club
clubs sport tennis golf rugby football basket handicap round ring coach interview reporter speaker thriller scoop
casting ranking rating flash remake slogan stock stocks rush boom krach crash dumping offshore holding leasing
label mailing monitoring reporting lifting building jet jets drone drones fake news the'
eurozone online on-line offline joggers outsourcing styling etc
facto jure vitro vivo situ extremis priori posteriori versa bona fide sine qua non ad hoc persona grata statu quo
""".split())
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|‘[^’]*’|\([^)]*\)|(?:https?://|www\.)\S+|[\w.+-]+@[\w.-]+|"
                     r"https?\s?:\s?/\s?/\s?[\w.-]+(?:\s?[/_.]\s?[\w.-]+)*")  # a URL a detokeniser spaced out
# "Royal Bank of Scotland", "Bank of America": an English word inside a name kept in English
_IN_NAME = re.compile(r"(?<=[a-z]) (?:of|and|for|the|on|in|at|upon)(?= [A-Z])")
_FRENCH_SHORT = set("""
a à au aux ce ces cet cette de des du en et il ils elle elles je la le les leur leurs lui ma mes mon ne ni nous
on ou où par pas pour qu que qui sa sans se ses si son sur ta tes ton tu un une vos votre vous y ont est sont
mais or donc car dont comme plus moins très bien tout tous toute toutes dans entre avec chez vers depuis pendant
avant après selon contre sous lors ainsi alors aussi encore déjà jamais toujours souvent peut doit fait dit
va vont été être avoir était sera serait avait ici là non oui
deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante
cinquante soixante cent cents mille via
suis es sommes êtes ai as avons avez peux pouvons pouvez peuvent veux veut voulons voulez veulent dois devons
devez doivent sais savons savez savent vais allons allez fais faisons faites tend tendent rend rendent prend
prennent met mettent vient viennent tient tiennent
""".split())
# A French verb by its ending (imparfait, futur, conditionnel): "comptait", "servira", "pourraient".
_FRENCH_VERB_SHAPE = re.compile(r"[a-zàâçéèêëîïôûù]{2,}(?:aient|ait|ais|erai[st]?|era|eront|erons|eraient|erait|ira|iront|"
                                r"irait|iraient|issait|issaient|èrent)$")
_HYPHEN_PREFIXES = {"non", "anti", "pro", "post", "pré", "co", "néo", "ex", "semi", "mi", "sous", "sur", "contre"}


def is_french_word(word: str) -> bool:
    """A French word: closed-class, in the lexicon, or a verb form whose participle is there."""
    from ..nlp.lexicon import get_lexicon

    low = word.lower()
    if low in _FRENCH_SHORT:
        return True
    lexicon = get_lexicon()
    if lexicon.analyses(low):
        return True
    if "-" in low.strip("-"):  # "non-vaccination", "nickel-cadmium": French parts, a French compound
        parts = low.split("-")
        return all(p in _HYPHEN_PREFIXES or is_french_word(p) for p in parts if p) and not all(
            p in _HYPHEN_PREFIXES for p in parts if p)
    if low.endswith("ies") and lexicon.analyses(low[:-3] + "y"):
        return True  # a borrowed noun's English plural: "lobbies", "hobbies"
    for ending, participle in (("e", "é"), ("es", "é"), ("ent", "é"), ("er", "é"), ("ons", "é"), ("ez", "é"),
                               ("it", "i"), ("ir", "i"), ("is", "i"), ("re", "u"), ("s", "")):
        if low.endswith(ending) and lexicon.analyses(low[: -len(ending)] + participle):
            return True
    return False


def _blanked(text: str) -> str:
    """The text with quoted titles and parentheses blanked out, offsets kept."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


@lru_cache(maxsize=20_000)
def _english_runs(source: str, target: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of runs of English words in a French target (a tuple: cached by text)."""
    source_tokens = tokenize(source, split_inversions=False)
    source_words = {t.lower for t in source_tokens if t.is_word}
    names = {t.lower for n, t in enumerate(source_tokens) if n and t.is_word and t.text[:1].isupper()}
    blanked = _blanked(target)
    for m in _IN_NAME.finditer(blanked):
        if blanked[:m.start()].rsplit(" ", 1)[-1][:1].isupper():  # the word before is a capitalised one
            blanked = blanked[:m.start()] + " " * (m.end() - m.start()) + blanked[m.end():]
    tokens = [t for t in tokenize(blanked, split_inversions=False)]
    flags = []
    for n, token in enumerate(tokens):
        low = token.lower.replace("’", "'")
        candidate = token.is_word and token.text[:1].islower() and low not in ALLOWED and not is_elided(token) \
            and not any(c.isupper() for c in token.text[1:]) \
            and low not in names and not low.startswith(("al-", "el-", "ibn-", "bin-")) \
            and not (low in PARTICLES and name_follows(tokens, n + 1))  # "Ursula von der Leyen"
        english = candidate and (low in _ENGLISH_ONLY or (low in source_words and len(low) >= 3
                                                          and not is_french_word(low)))
        flags.append("en" if english else "word?" if candidate else "")
    # an unknown word next to English ones joins them: "the ministers said"
    for n, flag in enumerate(flags):
        if flag == "word?":
            near = [flags[k] for k in (n - 1, n + 1) if 0 <= k < len(flags)]
            if "en" in near and len(tokens[n].text) >= 3 and not is_french_word(tokens[n].lower) \
                    and not _FRENCH_VERB_SHAPE.match(tokens[n].lower):  # "eCall servira": a French verb
                flags[n] = "en+"
    runs, current = [], None
    for token, flag in zip(tokens, flags):
        if flag.startswith("en"):
            current = (current[0], token.end) if current else (token.start, token.end)
        elif current and (token.is_word or token.text not in "-'’"):
            runs.append(current)
            current = None
    if current:
        runs.append(current)
    return tuple((a, b) for a, b in runs if not _borrowed(blanked[a:b]))


def _borrowed(run: str) -> bool:
    """Words that English itself seldom uses and does not build from everyday words: a term the
    French borrows or keeps ("strudel", "sharia", "amicus curiae"), not English left untranslated
    ("talks", "stakeholders", "mainstreaming")."""
    words = run.split()
    return bool(words) and all(_borrowed_word(w) for w in words)


def _borrowed_word(low: str) -> bool:
    from ..nlp.english_common import is_everyday_word

    low = low.lower()
    if not re.fullmatch(r"[a-z]{3,}", low) or low in _ENGLISH_ONLY or is_everyday_word(low):
        return False
    for stem in (low, low[:-1] if low.endswith("s") else low):
        if any(is_everyday_word(stem[k:]) and (len(stem) - k >= 5 or is_everyday_word(stem[:k]))
               for k in range(3, len(stem) - 2)):
            return False  # "main" + "streaming", "stake" + "holders": built from everyday words
    return True


@lru_cache(maxsize=20_000)
def _untranslated(source: str, target: str) -> str | None:
    """Why the whole target is English, or None."""
    words = [w for w in _WORDS.findall(target) if w[:1].islower() and len(w) > 1]
    if norm(source) == norm(target):
        return "the translation is the source, unchanged" if len(words) >= 2 else None
    if len(words) < MIN_WORDS:
        return None
    english_only = sum(w.lower() in _ENGLISH_ONLY for w in words)
    if english_only == 0 or english_only < 0.1 * len(words):
        return None  # no English function words: French (and lingua need not load)
    from ..nlp.langid import english_confidence

    confidence = english_confidence(target)
    if confidence is not None and confidence >= ENGLISH_CONFIDENCE:
        return f"the translation is in English (confidence {confidence:.2f})"
    return None


@register_check("untranslated", category="Accuracy/Untranslated", severity="major", scope="segment")
def untranslated(ctx: CheckContext):
    """Target segment left in English.

    Example: the source "Talks resumed on Monday." has the target "Talks resumed
    on Monday." (or "Talks resumed lundi."): the whole target is flagged.
    A target that only repeats names and numbers ("Reuters", "NATO 2022") is not.
    """
    for seg in ctx.document.segments:
        source, target = seg.source.text, seg.target_text
        if not source.strip() or not target.strip():
            continue
        why = _untranslated(source, target)
        if why:
            yield ctx.issue("untranslated", seg, 0, len(target), f"Untranslated: {why}.")


@register_check("english-words", category="Accuracy/Untranslated", severity="minor", scope="segment")
def english_words(ctx: CheckContext):
    """English words left inside a French sentence.

    Example: "Les talks ont repris lundi" for "The talks resumed on Monday":
    "talks" is flagged. Names present on both sides, acronyms, quoted titles and
    English words French news uses (week-end, leader, briefing) are not.
    """
    for seg in ctx.document.segments:
        source, target = seg.source.text, seg.target_text
        if not source.strip() or not target.strip() or _untranslated(source, target):
            continue
        for start, end in _english_runs(source, target):
            yield ctx.issue("english-words", seg, start, end,
                            f"English in the French sentence: '{target[start:end]}'.")

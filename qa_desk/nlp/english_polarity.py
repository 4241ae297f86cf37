"""English polarity from the parse, for the negation check (qa_desk/checks/negation.py).

Each negator ("not", "n't", "never", "no", "nothing", "without"...) counts once ("It is not because
I do not want to": two); "neither ... nor" once, "nor" beside a "not" is soft (French may say "ni"
or negate again); a negator said twice for emphasis ("never, never") once; "not only", "no doubt",
"no matter", "not to mention", "never-ending", "make no mistake", "if you don't mind" are none. Soft negatives are words negative by
meaning (fail, refuse, unlikely, hardly, few, against...) where they can say a clause's polarity:
a verb, a predicative adjective, an adverb on a verb; not inside a noun phrase ("unhealthy
lifestyle", "the fight against smuggling", "a few years").
"""
from __future__ import annotations

import re

from .pipeline import text_of

_EN_NEGATORS = {"not", "n't", "never", "no", "nothing", "nobody", "none", "nowhere", "neither", "nor",
                "without", "cannot", "noone", "no-one", "nor"}
_EN_NOT_NEG = re.compile(
    r"\bnot\s+(?:only|just|merely|simply|least|to\s+mention)\b|\bno\s+(?:doubts?|matter|wonder|sooner)\b|\bnot\s+(?:less|more|fewer|earlier|later)\s+than\b|\bnext\s+to\s+nothing\b|"
    r"\bor\s+not\b|"
    r"\bnothing\s+(?:else\s+)?but\b|\bnever[\s-]+ending\b|\bnever\s+mind\b|\bnot\s+until\b|\bno\s+less\b(?!\s+than)|"
    r"\bmore\s+often\s+than\s+not\b|\bgoes\s+without\s+saying\b|\bno\s+other\s+\w+\s+(?:but|than)\b|"
    r"\b(?:makes?|made|making)\s+(?:no|little)\s+difference\b|\b(?:almost|virtually|practically)\s+(?:no|nothing|none)\b|"
    r"\bhardly\s+any\b|\b(?:do|does|did|doing|done|go|goes|went|gone)\s+without\b|\bno\s+(?:earlier|later|more|less|fewer|greater|bigger|smaller|"
    r"higher|lower)\s+than\b|\bif\s+not\b|\bwhether\s+or\s+not\b|\bwithout\s+(?:delay|doubt|fail)\b|"
    r"\bno\s+longer\s+what\s+(?:it|they|he|she|we)\s+(?:once\s+)?(?:was|were|used\s+to\s+be)\b|"  # = has changed
    r"\b(?:without|no)\s+(?:any\s+)?\W*ifs\W+(?:or|and)\W+buts\b|"  # = absolutely
    r"\bmake\s+no\s+mistake\b|\bif\s+you\s+(?:do\s+not|don\s?['’]\s?t)\s+mind\b|\bnone\s+other\s+than\b", re.I)
_EN_SOFT = re.compile(
    r"\b(?:fail\w*|unable|refus\w*|lack\w*|den(?:y|ies|ied|ying)|absen\w+|hardly|barely|scarcely|rarely|seldom|"
    r"impossible|reject\w*|rul\w+ out|avoid\w*|stop\w*|ceas\w+|instead|rather|free|unlikely|unclear|unknown|"
    r"inability|incapable|insufficient|dismiss\w*|far from|a long way from|more\s+to\s+(?:\w+\s+){1,3}?than|about\s+more\s+than|anything\s+else|still\s+(?:waiting|under\s+way|in\s+progress|outstanding)|wait\w*\s+(?:a\s+)?long\s+time|remains?\s+outstanding|in\s+the\s+negative|out\s+of\s+(?:character|line|place|step|touch|keeping|reach|date|order|season|sight)|separate\w*\s+from|unrelated|ban(?:s|ned|ning)?|prevent\w*|prohibit\w*|exclud\w*|"
    r"little|few|fewer|less|against|wrong\w*|decreas\w*|declin\w*|los[et]|losing|loss\w*|"
    r"except\w*|regardless|only|merely|too|ignor\w*|doubt\w*|neglect\w*|forb[ai]d\w*|quit(?:s|ting)?|"
    r"abandon\w*|hesita\w*|reluctan\w*|unless|apart from|short of|other than|negative\w*|yet to|still to|in vain|"
    r"oppos\w*|refut\w*|abstain\w*|abstention\w*|deprived|otherwise|run(?:s|ning)? out|"
    r"inoperative|ineffective|inactive|incomplete|inefficient|inappropriate|insecure|inconclusive|incongruous|"
    r"incoherent|inexperienced|insignificant|scant\w*|scarce\w*|poorly|"
    r"(?!united\b|unions?\b|until\b|unusual\w*\b|unbeliev\w*\b|under\w*\b|univers\w*\b|unit\w*\b|uniform\w*\b|unique\w*\b|unfortunate\w*\b|"
    r"unemploy\w*\b|unanim\w*\b|unambiguous\w*\b|undoubted\w*\b|unprecedented\b)un[a-z]{3,}|"
    r"(?!incredib)in[a-z]{2,}(?:able|ible)s?|incompetent|inadequate\w*|inaccura\w*|indifferen\w*|inconsisten\w*|"
    r"incorrect\w*|invalid\w*|illegal\w*|illegitima\w*|irregular\w*|irresponsib\w*|impatien\w*|"
    r"dis(?:agree|approv|lik|miss|regard|satisf|appoint|continu|allow|qualif|credit|trust|honest|able|"
    r"advantag|appear|card)\w*|non-?(?!etheless)[a-z]{3,}|(?!(?:never|none)theless)[a-z]{3,}less|[a-z]{3,}-?free|not\s+(?:only|just|merely|simply))\b", re.I)
# Negations whose polarity a question makes free: a negated auxiliary before its subject in a question
# ("shouldn't we point out...?", "is it not true that...?": asks for a yes), and the negation of an
# indirect yes-no question ("discussed whether no one thought", "asked whether it was not"): "whether
# X" and "whether not X" ask the same thing, and French often asks it positively ("si quelqu'un a").
_EN_ASKED = re.compile(
    r"\b(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|must|have|has|had|wo|ca)\s?n\s?['’]\s?t\s+"
    r"(?:we|you|it|they|he|she|i|there|this|that|these|those)\b(?=[^.!?]*\?)|"
    r"\b(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|must|have|has|had)\s+"
    r"(?:we|you|it|they|he|she|i|there|this|that)\s+not\b(?=[^.!?]*\?)|"
    r"\bwhether\s+(?:(?!whether\b|not\b|no\b|never\b|nobody\b|nothing\b)[\w'’-]+\s+){0,14}?"
    r"(?:not\b|n['’]t\b|no\s+one\b|no-one\b|nobody\b|never\b|nothing\b)", re.I)
EN_NOT_ONLY = re.compile(r"\b(?:not|n['’]t|never|no\s+longer)\s+(?:(?!enough\b|sufficient\w*\b)\w+\s+){0,3}?(?:only|just|merely|simply|solely)\b|"
                          r"\bmore\s+than\s+(?:just|merely|simply|only)\b", re.I)


# The verbs a detokenised "n 't" hangs on ("don 't", "isn 't", "ca n't"): not "in 't Veld", a Dutch name.
_NT_HOST = re.compile(r"^(?:do|does|did|is|are|was|were|has|have|had|ca|can|wo|could|would|should|must|need|"
                      r"might|may|ai|dare|shall|sha)n?$")


def english_polarity(doc) -> tuple[int, int]:
    """(explicit negations, soft negatives) of a parsed English sentence."""
    text = text_of(doc)
    excluded = [m.span() for m in _EN_NOT_NEG.finditer(text)]
    excluded += [m.span() for m in _EN_ASKED.finditer(text)]
    excluded += [(a, b) for a, b in (m.span() for m in EN_NOT_ONLY.finditer(text))
                 if not any(s < b and a < e for s, e in excluded)]  # "no longer looking at only Italy"
    negators, paired, privative, answers = set(), False, 0, 0
    for token in doc:
        low = token.lower_.replace("’", "'")
        if low == "'t" and token.i and _NT_HOST.match(doc[token.i - 1].lower_) or low == "t" and token.i > 1 \
                and doc[token.i - 1].text in ("'", "’") and _NT_HOST.match(doc[token.i - 2].lower_):
            low = "n't"  # "don 't": a detokeniser's space
        if low not in _EN_NEGATORS or any(s <= token.idx < e for s, e in excluded):
            continue
        if low in ("no", "no.") and _number_sign(doc, token):
            continue  # "Amendment No 24": the abbreviation of number
        if low == "without" and _bare_noun(token.head):
            privative += 1  # "without freedom", "sans liberté": a noun's lack, negative by meaning
            continue
        if low == "neither" and token.dep_ != "det" or low == "nor":
            paired = True  # "neither ... nor", "not X, nor Y": one negation, as French "ni ... ni"
            if low == "neither":
                negators.add(token.i)
        elif low == "no" and _answer(token):
            answers += 1  # "No, it is not", "No, because...": the answer, soft; the clause says its own polarity
        elif not _repeated(token):
            negators.add(token.i)  # "It is not because I do not want to": two, on one head
            if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in token.head.children):
                answers += 1  # "does not generate X or paint Y": French may negate each verb
    cleaned = _EN_NOT_NEG.sub(lambda m: " " * len(m.group()), text)
    clausal, starts = 0, None
    for m in _EN_SOFT.finditer(cleaned):
        if starts is None:  # only a sentence with a soft negative needs its tokens by offset
            starts = {token.idx: token for token in doc}
        clausal += _negates_clause(starts.get(m.start()), m.group())
    soft = clausal + len(excluded) + privative + answers + (paired and bool(negators))  # "no doubt": in form
    return len(negators) + (paired and not negators), soft  # "nor" beside a "not": French may repeat it


def _answer(token) -> bool:
    """'No' said as an answer: opening its sentence, before a comma or a stop ('No, because...')."""
    doc = token.doc
    k = token.i - 1
    while k >= 0 and doc[k].text in "\"“‘'(":
        k -= 1
    opens = k < 0 or doc[k].text in (".", "!", "?", ":", ";")
    return opens and token.i + 1 < len(doc) and doc[token.i + 1].text in (",", ".", "!", ";", "…")


def _repeated(token) -> bool:
    """The same negator said again for emphasis: 'never, never, ever', 'no, no'."""
    k = token.i - 1
    while k >= 0 and token.doc[k].is_punct:
        k -= 1
    return k >= 0 and k < token.i - 1 and token.doc[k].lower_ == token.lower_


_LACK_NOUNS = {"lack", "absence", "failure", "inability", "refusal", "shortage"}
_QUANTIFIER_BEFORE = {"a", "the", "last", "next", "first", "past", "these", "those", "quite", "every", "its", "his",
                      "her", "their", "our", "my", "your"}
_FOLLOWING = {"rather": ("than",), "instead": ("of",)}


def _negates_clause(token, word: str) -> bool:
    """A soft negative that may say a clause's polarity (what the other language may write 'ne ... pas'):
    a verb ('failed', 'refused'), a predicative adjective ('is unlikely', 'remain uncertain'), an adverb
    on a verb ('hardly'), 'few' without 'a', 'too' before its adjective, a privative noun ('lack'), or a
    phrase ('far from'); not a word inside a noun phrase ('unhealthy lifestyle', 'illegal migrants',
    'the fight against smuggling', 'a few years') nor 'too' meaning also, 'rather' meaning fairly."""
    if token is None or " " in word or "-" in word:
        return True  # a phrase ("far from"), a compound ("scot-free")
    low = token.lower_
    doc = token.doc
    following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    if low in _FOLLOWING:
        return following in _FOLLOWING[low] or low == "instead"
    if low in ("only", "merely", "just", "solely"):  # "only 40 minutes" / "pas plus de 40 minutes"; not "only
        return token.head.pos_ in ("NUM",) or following in ("one", "a", "an") or following[:1].isdigit()  # natural"
    if low in ("few", "little", "scant", "scarce"):
        return token.i == 0 or doc[token.i - 1].lower_ not in _QUANTIFIER_BEFORE
    if low == "too":
        return token.head.pos_ in ("ADJ", "ADV") and token.head.i > token.i
    if token.pos_ == "ADP" or token.dep_ == "case":
        head = token.head
        return head.dep_ not in ("nmod", "compound", "amod") and head.pos_ not in ("ADJ",)
    before = doc[token.i - 1] if token.i else None
    if token.pos_ == "NOUN":  # "an interim decrease", "the prevention"; not "their lack", a misread "Council fail"
        return low in _LACK_NOUNS or before is None or before.pos_ not in ("DET", "ADJ", "NUM", "NOUN", "SYM", "PRON")
    if token.pos_ in ("ADJ", "VERB") and token.dep_ in ("amod", "compound", "nmod") and not (
            before is not None and before.pos_ == "AUX"):  # attributive, not "is denied justice"
        return False
    if token.pos_ == "PROPN":
        return False
    return True


def _number_sign(doc, token) -> bool:
    """'No' (or 'No.') before a number, inside a sentence: 'Regulation No 51'."""
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.text == "." and token.i + 2 < len(doc):
        following = doc[token.i + 2]
    return token.i > 0 and token.text[:1] == "N" and following is not None \
        and any(c.isdigit() for c in following.text)


def _bare_noun(noun) -> bool:
    """A noun standing without determiner, possessive or number: 'without freedom', not 'without his wife'."""
    return noun.pos_ == "NOUN" and noun.tag_ != "VBG" and not any(
        c.dep_ in ("det", "nmod:poss", "nummod", "det:predet") for c in noun.children)

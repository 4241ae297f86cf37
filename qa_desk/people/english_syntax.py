"""Syntax helpers of the English referent reader: what a role noun is said of, and its phrase.

Read from the trained English parse (UD labels); loose parses are expected, so each helper also
reads the shapes the parser gets wrong on news ("she was appointed chair" with "appointed" hung
under "chair").
"""
from __future__ import annotations

from .english_mentions import age_description, noun_gender, verb_in

COPULA_VERBS = {"be", "become", "remain", "serve", "work", "stay", "name", "appoint", "elect", "make"}
OFFICE_NOUNS = {"post", "position", "office", "role", "title", "rank", "job", "seat", "function", "duties",
                "appointment"}
BE_FORMS = {"is", "was", "are", "were", "'s", "be", "been", "being"}


_OBJECT_AS_LEMMAS = {"describe", "regard", "see", "consider", "portray", "depict", "present", "know", "recognize",
                     "recognise", "view", "cast", "hail", "identify", "label", "brand", "treat", "remember",
                     "introduce", "praise", "credit", "list", "rank", "acclaim", "denounce", "dismiss"}


def governing_verb(token):
    """The verb a word hangs under, or the root (the parse may hang "to her" on the particle of
    "turned ... over")."""
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


# Verbs whose "to" phrase is the rank reached: "progressed to head engineer", "was promoted to captain"
_RISE_TO_LEMMAS = {"progress", "rise", "advance", "promote", "elevate"}


def predicate_subject(token):
    """The subject of "X is a nurse" / "X became a teacher" for the predicate noun."""
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is None and token.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "cop" for c in token.children):
        # "Kibaki turned out to be an exemplary student", "she seemed to be a good teacher"
        head_subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if head_subject is not None:
            return head_subject
    if subject is None and token.dep_ == "conj" and any(c.dep_ == "cop" for c in token.children):
        # "Avakian was a leading member ..., and was their candidate": the first conjunct's subject
        subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is not None:
            return subject
    if subject is not None and (any(c.dep_ == "cop" for c in token.children) or any(
            t.lower_ in BE_FORMS for t in token.doc[subject.i + 1:token.i])):
        return subject  # "X is the author" (the copula may hang from X in a loose parse)
    if subject is None:  # "she was appointed chair" parsed with "appointed" hanging from "chair"
        subject = subject_of_modifier_verb(token, COPULA_VERBS)
        if subject is not None:
            return subject
    if token.dep_ == "nmod" and token.head.lower_ in OFFICE_NOUNS \
            and any(c.lower_ == "of" for c in token.children):
        return controller(token.head)  # "he took up the post of chairman": the office is his
    if token.dep_ == "obj" and token.pos_ == "NOUN":  # "he was ordained a priest", "she was crowned queen"
        passive = next((c for c in token.head.children if c.dep_ == "nsubj:pass"), None)
        if passive is not None:
            return passive
    if token.dep_ == "xcomp" and verb_in(token.head, COPULA_VERBS) \
            or token.dep_ == "obj" and verb_in(token.head, {"become", "remain"}):
        return controller(token.head)  # "X accepted an offer to become a professor"
    if token.dep_ in ("obl", "nmod") and verb_in(token.head, _RISE_TO_LEMMAS) \
            and any(c.lower_ == "to" and c.dep_ == "case" for c in token.children):
        return controller(token.head)  # "Rushent progressed to head engineer", "was promoted to captain"
    if token.dep_ in ("obl", "advcl", "xcomp", "nmod") and any(c.lower_ == "as" and c.dep_ in ("case", "mark")
                                                               for c in token.children):
        # "joined the party as a student", "worked as a nurse", "achieved renown as a teacher"; but
        # "described her as a brave woman", "regarded him as a genius": the object's
        obj = next((c for c in token.head.children if c.dep_ == "obj" and c.i < token.i), None)
        if obj is not None and verb_in(token.head, _OBJECT_AS_LEMMAS):
            return obj
        owner = next((c for c in token.head.children if c.dep_ == "nmod:poss" and c.i < token.i), None)
        if token.dep_ == "nmod" and token.head.pos_ == "NOUN" and owner is not None:
            return owner  # "during his tenure as vice-president", "her career as a singer": the possessor's
        return controller(token.head)
    if token.dep_ == "conj" and token.head.pos_ == "NOUN" and token.head.i < token.i:
        return predicate_subject(token.head)  # "served as a lecturer, dean and provost"
    if token.dep_ == "ROOT" and any(c.lower_ == "as" and c.dep_ in ("case", "mark") and c.i < token.i
                                    for c in token.children):
        # "As a girl, Jenkins was a mascot" parsed with the fronted phrase as the root and the main
        # clause hung from it: the subject of that clause
        for child in token.children:
            if child.i > token.i and child.dep_ in ("appos", "parataxis", "conj", "ccomp", "advcl", "acl"):
                subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
                if subject is not None:
                    return subject
    for clause in token.children:  # "how strong a tenor player he could be", "the man he once was":
        if clause.dep_ == "acl:relcl" and verb_in(clause, {"be", "become", "remain"}) and clause.i > token.i \
                and not any(c.dep_ in ("obj", "attr", "xcomp", "acomp", "mark") or c.tag_ in ("WP", "WDT")
                            for c in clause.children):  # the noun is what the relative's subject is
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
            if subject is not None:
                return subject
    return None


def subject_of_modifier_verb(token, lemmas=None):
    """The subject of a verb a loose parse hangs before ``token`` as its modifier ("she was
    appointed chair", "Marmontel achieved renown"), when the verb is one of ``lemmas`` (any verb if None)."""
    verb = next((c for c in token.children if c.dep_ in ("amod", "acl") and c.i < token.i
                 and (verb_in(c, lemmas) if lemmas else c.pos_ == "VERB")), None)
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None) if verb is not None else None


def controller(token):
    """The subject of the nearest clause up from ``token`` that has one: "After training to become a
    carpenter, Odeman studied" -> Odeman."""
    t = token
    for _ in range(5):
        # "Marmontel achieved renown as a teacher" parsed with "achieved" under "renown"
        subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")), None) \
            or subject_of_modifier_verb(t)
        if subject is not None or t.head.i == t.i:
            return subject
        t = t.head
    return None


def vocative(token) -> bool:
    """"Mr President, ...", "Madam Commissioner, ...": the person addressed, at the sentence's start."""
    doc = token.doc
    start = token.sent.start if doc.has_annotation("SENT_START") else 0
    if token.i - start > 3 or token.i + 1 >= len(doc) or doc[token.i + 1].text != ",":
        return False
    before = [t.lower_.rstrip(".") for t in doc[start:token.i]]
    return all(w in ("mr", "mrs", "ms", "madam", "madame", "sir", "dear", "ladies", "and", "gentlemen")
               for w in before) and (bool(before) or token.i == start and token.text[:1].isupper())


def mixed_pair(token) -> bool:
    """"the man or woman", "mothers and fathers": nouns of both sexes joined together."""
    gender = noun_gender(token)
    if not gender:
        return False
    relatives = [c for c in token.children if c.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else [])
    return any(noun_gender(r) and noun_gender(r) != gender for r in relatives)


def noun_phrase_span(token) -> tuple[int, int]:
    """Token range of a description's determiner, modifiers and noun ("the Peruvian-born architect")."""
    start = token.i
    if age_description(token):  # "the 27-year-old"
        start -= 3
        while start > 0 and (token.doc[start].like_num or token.doc[start].text == "-"):
            start -= 1
        return start, token.i + 1
    for child in token.lefts:
        if child.dep_ in ("det", "amod", "compound", "nmod:poss", "nummod", "advmod") and child.i < start:
            start = min(start, child.left_edge.i)
    return start, token.i + 1

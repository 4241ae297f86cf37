"""Gender errors injected into clean news translations: how many the gender and title checks find.

    python bench/gender_injection.py [--list]

The clean French of the project's news pairs (tests/data/people/*.clean.fr.txt,
tests/data/battery_a/{clean,heldout}, tests/data/battery_b/clean) and the seed
as `qa-desk fix --checks gender,title` corrects it are changed one place at a
time by rules that know nothing of qa-desk's analysis: il <-> elle (subject,
inverted "a-t-il", reported "qu'il"), M. <-> Mme, le/la before a role noun
of the word tables, and a participle after être whose subject is a pronoun or a name just
before it (-é <-> -ée). A change counts
only where the aligned English sentence speaks of a person the same way
(he/she... for pronouns, a title or a name for the rest), so "il" for "it"
is not injected. Each variant is checked alone; a hit is an issue of the
gender or title check overlapping the changed words. False alarms are issues
on the untouched copies.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qa_desk.engine import apply_suggestions, load_document, run_checks  # noqa: E402
from qa_desk.model import BilingualDocument, Content, Segment  # noqa: E402
from qa_desk.people.wordlists import word_tables  # noqa: E402

DATA = ROOT / "tests" / "data"
SEED = ROOT / "seeds" / "000_f49c22878f2298e4"
ENGLISH_PRONOUN = re.compile(r"\b(he|she|his|her|him)\b", re.I)
ENGLISH_PERSON = re.compile(r"\b(Mr|Mrs|Ms|he|she)\b|\b[A-Z][a-z]+ [A-Z][a-z]+\b")


def pairs() -> list[tuple[Path, Path]]:
    found = [(p, p.with_name(p.name.replace(".en.txt", ".clean.fr.txt"))) for p in sorted((DATA / "people").glob("*.en.txt"))]
    for folder in ("battery_a/clean", "battery_a/heldout", "battery_b/clean"):
        found += [(p, p.with_name(p.name.replace(".en.txt", ".fr.txt"))) for p in sorted((DATA / folder).glob("*.en.txt"))]
    return [(en, fr) for en, fr in found if fr.exists()]


def clean_documents() -> list[BilingualDocument]:
    docs = [load_document([str(en), str(fr)]) for en, fr in pairs()]
    seed = load_document([str(SEED) + ".en.txt", str(SEED) + ".txt"])
    apply_suggestions(seed, run_checks(seed, "gender,title").issues)
    return docs + [seed]


def role_words() -> tuple[dict[str, str], dict[str, str]]:
    """French role nouns: masculine -> feminine and back (only pairs that differ, plus epicene)."""
    _, roles = word_tables()
    forms = {}
    for row in roles.values():
        m, f = row["m"].lower(), row["f"].lower()
        if " " not in m and " " not in f:
            forms[m] = f
            forms.setdefault(f, m)
    return forms


def variants(text: str, english: str, roles: dict[str, str]):
    """(kind, start, end, new text) for each single change the rules allow in one segment."""
    if ENGLISH_PRONOUN.search(english):
        for m in re.finditer(r"(?<![\w'’-])(il|elle|Il|Elle)(?![\w'’-])", text):
            word = m.group(1)
            new = {"il": "elle", "elle": "il", "Il": "Elle", "Elle": "Il"}[word]
            before = text[max(0, m.start() - 3):m.start()]
            kind = "inverted" if before.endswith("-t-") or before.endswith("-") else \
                "reported" if before.endswith(("qu'", "qu’")) else "pronoun"
            yield kind, m.start(), m.end(), text[:m.start()] + new + text[m.end():]
    if not ENGLISH_PERSON.search(english):
        return
    for m in re.finditer(r"\b(M\.|Mme)(?= [A-Z])", text):
        new = "Mme" if m.group(1) == "M." else "M."
        yield "title", m.start(), m.end(), text[:m.start()] + new + text[m.end():]
    for m in re.finditer(r"\b([Ll]e|[Ll]a) ([a-zéèêàâîôûç-]+)", text):
        det, noun = m.group(1), m.group(2)
        if noun not in roles:
            continue
        other = roles[noun]
        new_det = ("La" if det[0] == "L" else "la") if det.lower() == "le" else ("Le" if det[0] == "L" else "le")
        yield "role", m.start(), m.end(), text[:m.start()] + f"{new_det} {other}" + text[m.end():]
    # a participle whose subject is a pronoun or a capitalised name right before the verb
    for m in re.finditer(r"\b(?:il|elle|Il|Elle|[A-Z][a-zé]+) (?:est|était|a été|s'est|s’est|fut) "
                         r"([a-zéèêàâîôûç]+?)(é|ée)\b", text):
        stem, ending = m.group(1), m.group(2)
        new = "ée" if ending == "é" else "é"
        start, end = m.start(1), m.end(2)
        yield "participle", start, end, text[:start] + stem + new + text[end:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every miss")
    args = parser.parse_args()
    roles = role_words()
    hits, totals, alarms, checked = Counter(), Counter(), 0, 0
    for doc in clean_documents():
        alarms += len(run_checks(doc, "gender,title").issues)
        checked += 1
        for index, seg in enumerate(doc.segments):
            if seg.target is None or not seg.target.text.strip():
                continue
            for kind, start, end, new_text in variants(seg.target.text, seg.source.text, roles):
                changed = [Segment(s.id, s.source, Content(new_text) if n == index else s.target,
                                   paragraph=s.paragraph, source_paragraph=s.source_paragraph,
                                   target_paragraph=s.target_paragraph) for n, s in enumerate(doc.segments)]
                run = run_checks(BilingualDocument(changed), "gender,title")
                delta = len(new_text) - len(seg.target.text)
                found = any(i.segment == seg.id and i.start < end + max(delta, 0) and start < i.end
                            for i in run.issues)
                totals[kind] += 1
                hits[kind] += found
                if args.list and not found:
                    print(f"MISS {kind}: {new_text[max(0, start - 40):end + 40]!r}")
    print(f"gender errors injected into {checked} clean news documents (seed corrected by qa-desk fix)")
    for kind in sorted(totals):
        print(f"  {kind:<11} {hits[kind]:>4}/{totals[kind]:<4} = {hits[kind] / totals[kind]:6.1%}")
    h, t = sum(hits.values()), sum(totals.values())
    print(f"  {'all':<11} {h:>4}/{t:<4} = {h / t:6.1%}")
    print(f"  issues on the untouched documents (false alarms): {alarms}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Language identification on short news lines: lingua (EN/FR only) against langdetect.

Run: .venv/bin/python bench/langid.py [--transread N]
langdetect is not a project dependency: install it aside to include it, e.g.
  .venv/bin/python -m pip install --target /tmp/ld-pkgs langdetect
  PYTHONPATH=/tmp/ld-pkgs .venv/bin/python bench/langid.py
TransRead lines (short sentences of three novels) are read from ../shared/data/alignment/transread-dev/.
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Written for this bench: short news lines, many of them full of names and numbers.
FRENCH = [
    "Sergueï Riabkov a rencontré Wendy Sherman à Genève.",
    "Washington et Kiev affirment que 100 000 soldats sont massés.",
    "Mme Sherman a dit non.",
    "L'OTAN se réunit mercredi à Bruxelles.",
    "Le PIB a progressé de 2,3 % au troisième trimestre.",
    "Vladimir Poutine et Joe Biden se parleront mardi.",
    "Le traité FNI de 1987 a pris fin en août 2019.",
    "Selon Reuters, Ned Price n'attend aucune percée.",
    "Emmanuel Macron reçoit Olaf Scholz à l'Élysée.",
    "Trois morts et 12 blessés à Lyon.",
    "Le CAC 40 termine en hausse de 1,2 %.",
    "Elon Musk rachète Twitter pour 44 milliards de dollars.",
    "Rafael Nadal remporte Roland-Garros.",
    "Kylian Mbappé prolonge au PSG jusqu'en 2025.",
    "La BCE relève ses taux de 50 points de base.",
    "Airbus livre 661 avions en 2022.",
    "Le président Zelensky s'adresse au Congrès.",
    "Pedro Sánchez convoque des élections anticipées.",
    "Des manifestations à Téhéran, Ispahan et Chiraz.",
    "Olena Zelenska et Jill Biden à Kiev.",
    "Angela Merkel quitte la chancellerie après 16 ans.",
    "Le FMI prévoit 2,7 % de croissance mondiale.",
]
ENGLISH = [
    "Sergei Ryabkov met Wendy Sherman in Geneva.",
    "Washington and Kyiv say 100,000 troops are massed.",
    "Ms. Sherman said no.",
    "NATO meets in Brussels on Wednesday.",
    "GDP grew 2.3% in the third quarter.",
    "Vladimir Putin and Joe Biden will speak on Tuesday.",
    "The 1987 INF treaty ended in August 2019.",
    "Ned Price told Reuters he expects no breakthrough.",
    "Emmanuel Macron hosts Olaf Scholz at the Elysee.",
    "Three dead and 12 injured in Lyon.",
    "The FTSE 100 closed up 1.2%.",
    "Elon Musk buys Twitter for $44 billion.",
    "Rafael Nadal wins Roland Garros.",
    "Kylian Mbappe extends PSG deal to 2025.",
    "The ECB raises rates by 50 basis points.",
    "Airbus delivered 661 jets in 2022.",
    "President Zelenskiy addresses Congress.",
    "Pedro Sanchez calls a snap election.",
    "Protests in Tehran, Isfahan and Shiraz.",
    "Olena Zelenska and Jill Biden in Kyiv.",
    "Angela Merkel leaves office after 16 years.",
    "The IMF sees 2.7% global growth.",
]


def transread_lines(limit: int, max_words: int = 8) -> list[tuple[str, str]]:
    """Short sentences of the TransRead novels, detokenised, with their language."""
    root = ROOT.parent / "shared" / "data" / "alignment" / "transread-dev"
    out = []
    for lang, name in (("en", "en.sentences.tsv"), ("fr", "fr.sentences.tsv")):
        lines = []
        for path in sorted(root.glob(f"*/{name}")):
            with open(path, encoding="utf-8") as fh:
                for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                    if len(row) > 1 and 3 <= len(re.findall(r"\w+", row[1])) <= max_words:
                        text = re.sub(r" ([,.;:!?)])", r"\1", row[1]).replace("' ", "'")
                        lines.append(text)
        random.Random(7).shuffle(lines)
        out += [(text, lang) for text in lines[:limit]]
    return out


def _measure(name, detect, lines):
    for text, _ in lines:  # warm pass: lingua and langdetect load their models on first use
        detect(text)
    right, started = 0, time.perf_counter()
    wrong = []
    for text, lang in lines:
        got = detect(text)
        right += got == lang
        if got != lang:
            wrong.append(text)
    ms = (time.perf_counter() - started) * 1000 / len(lines)
    return right, ms, wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--transread", type=int, default=200, help="short lines of each language")
    args = parser.parse_args()
    news = [(t, "fr") for t in FRENCH] + [(t, "en") for t in ENGLISH]
    novels = transread_lines(args.transread)
    detectors = {}

    from lingua import Language, LanguageDetectorBuilder
    started = time.perf_counter()
    high = LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH).build()
    for text in FRENCH + ENGLISH:
        high.detect_language_of(text)
    load_high = time.perf_counter() - started
    rss_high = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    low = LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH).with_low_accuracy_mode().build()
    code = {Language.ENGLISH: "en", Language.FRENCH: "fr"}
    detectors["lingua EN/FR"] = lambda t: code.get(high.detect_language_of(t))
    detectors["lingua EN/FR, low accuracy"] = lambda t: code.get(low.detect_language_of(t))
    from qa_desk.nlp.langid import language_of
    detectors["qa_desk.nlp.langid (lingua, names/numbers removed)"] = lambda t: language_of(t) or "?"
    try:
        from langdetect import DetectorFactory
        from langdetect import detect as ld_detect
        DetectorFactory.seed = 0

        def _ld(text):
            try:
                return ld_detect(text)
            except Exception:
                return "?"
        detectors["langdetect 1.0.9 (seed 0)"] = _ld
    except ImportError:
        print("langdetect not importable: install it aside (see docstring) to compare", file=sys.stderr)

    print(f"lingua EN/FR high-accuracy: build + first {len(FRENCH + ENGLISH)} calls {load_high:.2f} s, "
          f"max RSS then {rss_high:.0f} MB")
    print(f"{'detector':52} {'news (' + str(len(news)) + ')':>12} {'novels (' + str(len(novels)) + ')':>14} {'ms/call (warm)':>14}")
    for name, function in detectors.items():
        r1, ms1, wrong1 = _measure(name, function, news)
        r2, ms2, _ = _measure(name, function, novels)
        ms = (ms1 * len(news) + ms2 * len(novels)) / (len(news) + len(novels))
        print(f"{name:52} {r1:>5}/{len(news):<6} {r2:>6}/{len(novels):<7} {ms:8.3f}")
        for text in wrong1[:6]:
            print(f"    wrong on news: {text}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"max RSS after all runs: {rss:.0f} MB")


if __name__ == "__main__":
    main()

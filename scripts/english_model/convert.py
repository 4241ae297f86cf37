"""Universal Dependencies English-EWT (+ Universal NER entities) -> spaCy DocBin files.

Each training Doc is up to ``--sentences`` consecutive sentences of one EWT
document, so the parser also learns sentence boundaries. Sentences that
Universal NER annotates carry their PER / ORG / LOC entities (everything else
"outside"); the others leave entities *missing*, which spaCy's NER does not
penalise. Only the dev and test parts of UNER exist, so the NER learns from
three quarters of the dev documents and is scored on the rest (during
training) and on the test part (the README's figures).
"""
from __future__ import annotations

import argparse
import gzip
import random
from pathlib import Path


def read_conllu(path: Path):
    """Yield (doc id, sent id, words) where words = [(form, lemma, upos, xpos, feats, head, deprel, space)]."""
    doc_id, sent_id, words, ranges = "", "", [], {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id"):
                doc_id = line.split("=", 1)[1].strip()
            elif line.startswith("# sent_id"):
                sent_id = line.split("=", 1)[1].strip()
            elif not line:
                if words:
                    yield doc_id, sent_id, words
                words, ranges = [], {}
            elif not line.startswith("#"):
                cols = line.split("\t")
                if "." in cols[0]:
                    continue  # empty node (enhanced graph only)
                misc = cols[9]
                if "-" in cols[0]:  # multiword token: spacing is on the range line
                    first, last = (int(x) for x in cols[0].split("-"))
                    ranges[last] = "SpaceAfter=No" not in misc
                    for n in range(first, last):
                        ranges[n] = False
                    continue
                n = int(cols[0])
                space = ranges.pop(n) if n in ranges else "SpaceAfter=No" not in misc
                words.append((cols[1], cols[2], cols[3], cols[4], cols[5], int(cols[6]), cols[7], space))
    if words:
        yield doc_id, sent_id, words


def read_iob(path: Path) -> dict[str, list[tuple[str, str]]]:
    sents, sent_id, tokens = {}, "", []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("# sent_id"):
                sent_id = line.split("=", 1)[1].strip()
            elif not line:
                if sent_id:
                    sents[sent_id] = tokens
                sent_id, tokens = "", []
            elif not line.startswith("#"):
                cols = line.split("\t")
                tokens.append((cols[1], cols[2]))
    return sents


def build_doc(vocab, sentences, entities):
    from spacy.tokens import Doc, Span
    words, spaces, tags, pos, morphs, lemmas, heads, deps, starts = [], [], [], [], [], [], [], [], []
    ents, annotated = [], []
    for sent_id, sent in sentences:
        offset = len(words)
        for i, (form, lemma, upos, xpos, feats, head, deprel, space) in enumerate(sent):
            words.append(form)
            spaces.append(space)
            tags.append(xpos)
            pos.append(upos)
            morphs.append("" if feats == "_" else feats)
            lemmas.append(lemma)
            heads.append(offset + head - 1 if head else offset + i)
            deps.append("ROOT" if deprel == "root" else deprel)
            starts.append(i == 0)
        iob = entities.get(sent_id)
        if iob is not None and [t for t, _ in iob] == [w[0] for w in sent]:
            annotated.append((offset, offset + len(sent)))
            begin, label = None, ""
            for i, (_, tag) in enumerate(iob + [("", "O")]):
                if begin is not None and not tag.startswith("I-"):
                    ents.append((offset + begin, offset + i, label))
                    begin = None
                if tag.startswith("B-") or (tag.startswith("I-") and begin is None):
                    begin, label = i, tag[2:]
    doc = Doc(vocab, words=words, spaces=spaces, tags=tags, pos=pos, morphs=morphs, lemmas=lemmas,
              heads=heads, deps=deps, sent_starts=starts)
    if annotated:
        spans = [Span(doc, s, e, label=l) for s, e, l in ents]
        # tokens of annotated sentences outside any entity are "O"; the rest stay missing
        outside = [doc[i:i + 1] for s, e in annotated for i in range(s, e)
                   if not any(a <= i < b for a, b, _ in ents)]
        missing = [doc[i:i + 1] for i in range(len(doc)) if not any(s <= i < e for s, e in annotated)]
        doc.set_ents(spans, outside=outside, missing=missing)
    return doc


def group(records, per_doc: int):
    """Consecutive sentences of one EWT document, at most ``per_doc`` at a time."""
    batch, current = [], None
    for doc_id, sent_id, words in records:
        if batch and (doc_id != current or len(batch) >= per_doc):
            yield current, batch
            batch = []
        current = doc_id
        batch.append((sent_id, words))
    if batch:
        yield current, batch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/english-ud-ewt"))
    parser.add_argument("--out", type=Path, default=Path("build/english-model/corpus"))
    parser.add_argument("--sentences", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    import spacy
    from spacy.tokens import DocBin
    nlp = spacy.blank("en")
    args.out.mkdir(parents=True, exist_ok=True)
    uner_dev = read_iob(args.data / "uner-en_ewt-dev.iob2.gz")
    uner_test = read_iob(args.data / "uner-en_ewt-test.iob2.gz")
    train = [build_doc(nlp.vocab, b, {}) for _, b in group(read_conllu(args.data / "en_ewt-ud-train.conllu.gz"),
                                                             args.sentences)]
    dev_groups = list(group(read_conllu(args.data / "en_ewt-ud-dev.conllu.gz"), args.sentences))
    doc_ids = sorted({d for d, _ in dev_groups})
    random.Random(args.seed).shuffle(doc_ids)
    held = set(doc_ids[: len(doc_ids) // 4])
    dev_train = [build_doc(nlp.vocab, b, uner_dev) for d, b in dev_groups if d not in held]
    dev_eval = [build_doc(nlp.vocab, b, uner_dev) for d, b in dev_groups if d in held]
    test = [build_doc(nlp.vocab, b, uner_test) for _, b in group(read_conllu(args.data / "en_ewt-ud-test.conllu.gz"),
                                                                   args.sentences)]
    for name, docs in (("train", train + dev_train), ("dev", dev_eval), ("test", test)):
        DocBin(docs=docs, store_user_data=False).to_disk(args.out / f"{name}.spacy")
        print(f"{name}: {len(docs)} docs, {sum(len(d) for d in docs)} tokens, "
              f"{sum(len(d.ents) for d in docs)} entities")


if __name__ == "__main__":
    main()

"""The English analysis: tokens, parts of speech, morphology, a dependency parse and entities.

No pretrained English spaCy model installs offline, so qa-desk ships its own, trained on
Universal Dependencies English-EWT and Universal NER (``scripts/english_model/``, scores in
the README), under ``resources/models/en_qadesk``. It loads once per process, on first use,
and parses each distinct source text once (a cache by text), so a re-check after an edit in
the French never re-parses the English.
"""
from __future__ import annotations

import os
import threading
from collections import OrderedDict
from typing import Iterable

from ..nlp.pipeline import TEXT, load_spacy_model
from ..paths import resource_path

MODEL_NAME = "en_qadesk"
BATCH = 64
CACHE_SIZE = 50_000  # source texts kept parsed (a few KB each)

_lock = threading.Lock()
_nlp = None
_cache: OrderedDict = OrderedDict()


def model_path():
    """The shipped model; ``QA_DESK_EN_MODEL`` points elsewhere (a model being trained)."""
    override = os.environ.get("QA_DESK_EN_MODEL")
    return override if override else resource_path("models", MODEL_NAME)


def get_english():
    """The English pipeline (tok2vec, tagger, morphologizer, lemmatizer, parser, ner)."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                _nlp = load_spacy_model(model_path(), "qa-desk's English model")
    return _nlp


def parse_all(texts: Iterable[str]) -> list:
    """spaCy Docs for these texts, in order; each distinct text is parsed once per process."""
    texts = list(texts)
    todo = [t for t in dict.fromkeys(texts) if t not in _cache]
    if todo:
        nlp = get_english()
        for text, doc in zip(todo, nlp.pipe(todo, batch_size=BATCH)):
            doc.user_data[TEXT] = text  # doc.text would join every token again at each call
            _cache[text] = doc
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    out = []
    for text in texts:
        doc = _cache.get(text)
        if doc is None:  # evicted by this very call on a huge document
            doc = get_english()(text)
        out.append(doc)
    return out


def parse(text: str):
    return parse_all([text])[0]


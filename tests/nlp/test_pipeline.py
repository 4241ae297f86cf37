"""The shared spaCy pipeline: loaded once, lean, lazy per segment, re-parsed after an edit."""
import threading

from qa_desk.checks.registry import CheckContext
from qa_desk.model import BilingualDocument, Content, Segment
from qa_desk.nlp import pipeline


def doc(n=3):
    return BilingualDocument([Segment(f"s{i}", Content(f"source {i}"), Content(f"Les chevaux {i} sont partis."))
                              for i in range(n)])


class CountingNlp:
    """Stands in for spaCy: records what nlp.pipe was asked to parse."""

    def __init__(self):
        self.calls = []

    def pipe(self, texts, batch_size=1):
        texts = list(texts)
        self.calls.append(texts)
        return [FakeDoc(t) for t in texts]


class FakeDoc:
    def __init__(self, text):
        self.text = text


def test_docs_are_parsed_lazily_in_batches_and_after_edits():
    nlp = CountingNlp()
    d = doc(5)
    docs = pipeline.SegmentDocs(d, lambda: nlp)
    assert nlp.calls == [] and len(docs) == 5 and list(docs) == [s.id for s in d.segments]
    assert docs["s1"].text == d.segments[1].target_text
    assert len(nlp.calls) == 1 and len(nlp.calls[0]) == 4  # s1 and the segments after it, in one batch
    docs["s3"]
    assert len(nlp.calls) == 1
    d.segments[3].target = Content("Le cheval est parti.")
    assert docs["s3"].text == "Le cheval est parti." and len(nlp.calls) == 2
    docs.prefetch(["s0", "s2"])
    assert nlp.calls[-1] == [d.segments[0].target_text]  # s2 is still fresh
    assert docs.invalidate({"s2"}) is True and docs.parsed_count() == 4


def test_analysis_provider_is_registered_and_lazy():
    ctx = CheckContext(doc())
    docs = ctx.analysis("nlp")
    assert isinstance(docs, pipeline.SegmentDocs) and docs.parsed_count() == 0


def test_real_pipeline_loads_once_without_parser_and_lemmatises():
    thread = pipeline.preload()
    assert isinstance(thread, threading.Thread)
    thread.join(timeout=120)
    nlp = pipeline.get_nlp()
    assert pipeline.loaded() and pipeline.get_nlp() is nlp and pipeline.preload() is thread
    assert "parser" not in nlp.pipe_names and "ner" not in nlp.pipe_names and "lemmatizer" in nlp.pipe_names
    d = doc(2)
    parsed = pipeline.analyse_context(CheckContext(d))["s0"]
    lemmas = {t.text: t.lemma_ for t in parsed}
    assert lemmas["chevaux"] == "cheval"

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


def test_every_layer_of_both_pipelines_runs_on_numpy_ops_without_blis():
    """thinc's BLIS gemm is slower here than numpy's single-threaded OpenBLAS on the pipelines'
    small matrices (bench/spacy_ops.py): every layer of every loaded pipeline is switched."""
    from thinc.api import NumpyOps

    from qa_desk.people import english
    for nlp in (pipeline.get_nlp(), english.get_english()):
        layers = [node for _, proc in nlp.pipeline if hasattr(getattr(proc, "model", None), "walk")
                  for node in proc.model.walk()]
        assert layers
        for node in layers:
            assert isinstance(node.ops, NumpyOps) and node.ops.use_blis is False, (nlp.meta["name"], node.name)


def test_openblas_and_omp_threads_default_to_one_unless_the_user_set_them():
    import os
    import subprocess
    import sys
    code = "import os, qa_desk; print(os.environ['OPENBLAS_NUM_THREADS'], os.environ['OMP_NUM_THREADS'])"
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "1"]
    env["OMP_NUM_THREADS"] = "4"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "4"]

"""The session's own cost of re-checking one edited segment stays far under the 100 ms budget.

Uses the cheap test checks on a 200-segment document, so what is measured is
the session (merge, bookkeeping, one fsync'd commit), not the NLP.
"""
import statistics
import time


def test_one_segment_recheck_is_fast(new_session, make_document):
    pairs = [(f"The cat number {n} sleeps near the house.", f"Le chien numéro {n} dort près de la maison.")
             for n in range(200)]
    s = new_session(make_document(pairs))
    timings = []
    for n in range(1, 21):
        seg = str(n * 9)
        old = s.document.segment(seg).target_text
        started = time.perf_counter()
        s.set_target(seg, old.replace("chien", "chat"), user="bench")
        timings.append(time.perf_counter() - started)
    median = statistics.median(timings)
    print(f"set_target on a 200-segment document: median {median * 1000:.1f} ms, max {max(timings) * 1000:.1f} ms")
    assert median < 0.1, f"set_target median {median * 1000:.1f} ms"
    assert sum(r.status == "fixed" for r in s.issues) == 20

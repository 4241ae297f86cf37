"""Time of one edit in the review session (re-check included), on the seed pair repeated N times.

    .venv/bin/python bench/review_recheck_speed.py [REPEATS]
"""
import statistics
import sys
import time
from pathlib import Path

from qa_desk.engine import load_document
from qa_desk.model import BilingualDocument, Content, Segment
from qa_desk.review.session import ReviewSession

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    seed = load_document([str(SEEDS / "000_f49c22878f2298e4.en.txt"), str(SEEDS / "000_f49c22878f2298e4.txt")])
    segments = [Segment(f"{k}-{s.id}", Content(s.source.text), Content(s.target_text), paragraph=s.paragraph + 40 * k)
                for k in range(repeats) for s in seed.segments]
    doc = BilingualDocument(segments)
    session = ReviewSession.from_document(doc)
    timings = []
    for n in range(20):
        seg = doc.segments[(n * 7) % len(doc.segments)]
        started = time.perf_counter()
        session.set_target(seg.id, seg.target_text + " ", user="bench")
        timings.append(time.perf_counter() - started)
    print(f"{len(segments)} segments, {doc.word_count()} words: set_target median "
          f"{statistics.median(timings) * 1000:.0f} ms, max {max(timings) * 1000:.0f} ms")


if __name__ == "__main__":
    main()

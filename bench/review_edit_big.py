"""One edit and its re-check in a review session on a big XLIFF (N segments from the seed's sentences).

    .venv/bin/python bench/review_edit_big.py 4000
"""
import sys, time, statistics, tempfile
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from app_first_screen import build_xliff
from qa_desk.review.session import ReviewSession
n = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
d = tempfile.mkdtemp()
s = ReviewSession.open_files([build_xliff(n, d)])
print("open+check", round(s.last_check_seconds, 1), "s")
times = []
for k in range(5):
    seg = s.document.segments[(k * 997) % n]
    t = time.perf_counter(); s.set_target(seg.id, seg.target_text + " ", user="bench"); times.append(time.perf_counter() - t)
print(n, "segments: edit+recheck median", round(statistics.median(times), 2), "s", [round(x, 2) for x in times])

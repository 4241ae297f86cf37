"""Reading a 20,000-segment XLIFF stays fast (no per-segment search over the whole tree)."""
import time

import pytest

from qa_desk.formats import sniff_format, xliff2, xliff12
from qa_desk.model import CLOSE, OPEN, STANDALONE, BilingualDocument, Code, Content, Segment


def big_document(count):
    segments = []
    for i in range(count):
        codes = [Code(OPEN, 4, "1", "g"), Code(CLOSE, 12, "1", "g"), Code(STANDALONE, 20, "2", "x")]
        segments.append(Segment(f"s{i}", Content(f"The minister {i} said no to it.", codes),
                                Content(f"Le ministre {i} a dit non.", [Code(OPEN, 3, "1", "g"),
                                        Code(CLOSE, 11, "1", "g"), Code(STANDALONE, 18, "2", "x")]),
                                "translated", paragraph=i))
    return BilingualDocument(segments)


@pytest.mark.parametrize("module", [xliff12, xliff2])
def test_reading_20000_segments_is_fast(tmp_path, module):
    path = tmp_path / "big.xlf"
    module.write(big_document(20000), str(path))
    assert sniff_format(path) == module.NAME
    best = _timed(module.read, str(path))
    # CPU seconds, so other work on a shared machine does not count; about 1-1.5 s when idle.
    # A per-segment search over the whole tree would be quadratic and far beyond this bound.
    assert best < 4.0, f"{module.NAME} read took {best:.2f} CPU s"


def _timed(function, *args):
    start = time.process_time()
    doc = function(*args)
    elapsed = time.process_time() - start
    assert len(doc.segments) == 20000
    return elapsed

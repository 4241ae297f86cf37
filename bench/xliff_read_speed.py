"""Read speed of a 20,000-segment XLIFF 1.2 and 2.1 file (run by hand, figures in the README).

    .venv/bin/python bench/xliff_read_speed.py [SEGMENTS]
"""
import sys
import tempfile
import time
from pathlib import Path

from qa_desk.formats import xliff2, xliff12
from qa_desk.model import CLOSE, OPEN, STANDALONE, BilingualDocument, Code, Content, Segment


def big_document(count: int) -> BilingualDocument:
    segments = []
    for i in range(count):
        codes = [Code(OPEN, 4, "1", "g"), Code(CLOSE, 12, "1", "g"), Code(STANDALONE, 20, "2", "x")]
        segments.append(Segment(f"s{i}", Content(f"The minister {i} said no to it.", codes),
                                Content(f"Le ministre {i} a dit non.", [Code(OPEN, 3, "1", "g"),
                                        Code(CLOSE, 11, "1", "g"), Code(STANDALONE, 18, "2", "x")]),
                                "translated", paragraph=i))
    return BilingualDocument(segments)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    doc = big_document(count)
    with tempfile.TemporaryDirectory() as folder:
        for module in (xliff12, xliff2):
            path = Path(folder) / f"big-{module.NAME}.xlf"
            started = time.perf_counter()
            module.write(doc, str(path))
            written = time.perf_counter() - started
            started = time.perf_counter()
            back = module.read(str(path))
            read = time.perf_counter() - started
            assert len(back.segments) == count
            print(f"{module.NAME}: {count} segments, {path.stat().st_size / 1e6:.1f} MB, "
                  f"write {written:.2f} s, read {read:.2f} s")


if __name__ == "__main__":
    main()

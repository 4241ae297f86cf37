"""pysbd as a segmentation engine, with its sentences mapped back to offsets.

pysbd returns strings, and may change whitespace even with ``clean=False``;
we walk the original text and match non-space characters one by one, so
offsets stay right whatever pysbd did to the spaces.
"""
from __future__ import annotations


class PysbdSplitter:
    def __init__(self, lang: str):
        import pysbd

        code = lang.split("-")[0] or "en"
        try:
            self._seg = pysbd.Segmenter(language=code, clean=False)
        except ValueError:  # language pysbd does not know
            self._seg = pysbd.Segmenter(language="en", clean=False)

    def split(self, para: str) -> list[tuple[int, int]]:
        return map_to_offsets(para, self._seg.segment(para))


def map_to_offsets(text: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Cut points of ``pieces`` in ``text``, comparing non-space characters only.

    A piece whose characters stop matching (text altered) ends where the
    mismatch is; the last span always runs to the end of ``text``.
    """
    cuts = [0]
    pos = 0
    n = len(text)
    for piece in pieces[:-1]:
        for ch in piece:
            if ch.isspace():
                continue
            while pos < n and text[pos].isspace():
                pos += 1
            if pos < n and text[pos] == ch:
                pos += 1
            else:
                break
        if cuts[-1] < pos < n:
            cuts.append(pos)
    cuts.append(n)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if a < b]

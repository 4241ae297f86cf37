"""Sentence spans of a text, by SRX rules (ours by default, or the user's file).

Paragraph breaks (blank lines) are always sentence breaks; inside a paragraph
the SRX rules decide. Spans are offsets into the text given, so issues and
alignments point back into the raw file. ``engine="pysbd"`` wraps pysbd
instead, for comparison (bench/RESULTS-align.md has both measured).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..paths import resource_path
from .paragraphs import split_paragraphs
from .srx import SrxEngine, parse_srx


def default_srx_path() -> Path:
    """The bundled rules, resources/srx/qa_desk.srx."""
    return resource_path("srx", "qa_desk.srx")


def _norm_lang(lang: str) -> str:
    return (lang or "").strip().replace("_", "-").lower()


class Segmenter:
    """Splits text into trimmed sentence spans covering all its non-space text."""

    def __init__(self, lang: str, srx_path: str | None = None, engine: str = "srx"):
        self.lang = _norm_lang(lang)
        self.engine = engine
        if engine == "pysbd":
            from .pysbd_backend import PysbdSplitter
            self._split_para = PysbdSplitter(self.lang).split
        elif engine == "srx":
            path = srx_path or default_srx_path()
            self._srx = SrxEngine(parse_srx(str(path)).rules_for(self.lang))
            self._split_para = self._srx_split
        else:
            raise ValueError(f"unknown segmentation engine {engine!r}")

    def _srx_split(self, para: str) -> list[tuple[int, int]]:
        cuts = [0, *self._srx.breaks(para), len(para)]
        return [(a, b) for a, b in zip(cuts, cuts[1:])]

    def split(self, text: str) -> list[tuple[int, int]]:
        """(start, end) offsets of each sentence in ``text``, trimmed of whitespace."""
        spans: list[tuple[int, int]] = []
        for p_start, p_end in split_paragraphs(text):
            para = text[p_start:p_end]
            for a, b in self._split_para(para):
                while a < b and para[a].isspace():
                    a += 1
                while b > a and para[b - 1].isspace():
                    b -= 1
                if a < b:
                    spans.append((p_start + a, p_start + b))
        return spans

    def sentences(self, text: str) -> list[str]:
        return [text[a:b] for a, b in self.split(text)]


@lru_cache(maxsize=32)
def get_segmenter(lang: str, srx_path: str | None = None) -> Segmenter:
    """A cached Segmenter: compiling SRX rules costs more than using them."""
    return Segmenter(lang, srx_path)

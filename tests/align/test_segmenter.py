from pathlib import Path

import pytest

from qa_desk.align.segmenter import Segmenter, get_segmenter
from qa_desk.align.paragraphs import split_paragraphs
from qa_desk.errors import InputError

DATA = Path(__file__).resolve().parent / "data"


def _cases():
    for line in (DATA / "segmentation_cases.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, expected = line.split("\t")
            yield lang, expected.split(" || ")


@pytest.mark.parametrize("lang,expected", list(_cases()))
def test_phenomena(lang, expected):
    assert get_segmenter(lang).sentences(" ".join(expected)) == expected


@pytest.mark.parametrize("lang,suffix", [("en", ".en.txt"), ("fr", ".txt")])
def test_seed_boundaries_hand_checked(seed_pair, lang, suffix):
    path = seed_pair[0] if lang == "en" else seed_pair[1]
    raw = path.read_text(encoding="utf-8")
    gold = (DATA / f"seed_sentences.{lang}.txt").read_text(encoding="utf-8").splitlines()
    assert Segmenter(lang).sentences(raw) == gold


def test_spans_cover_all_non_space_text_and_are_trimmed():
    text = '  "Oui." Non !\n\n  Peut-être ... (Si.) M. X ; Mme Y.  '
    spans = Segmenter("fr").split(text)
    covered = set()
    for a, b in spans:
        assert not text[a].isspace() and not text[b - 1].isspace()
        covered.update(range(a, b))
    assert {i for i, c in enumerate(text) if not c.isspace()} <= covered
    assert spans == sorted(spans)


def test_paragraph_break_is_always_a_sentence_break():
    text = "A headline without a stop\n\nThe body starts here."
    assert Segmenter("en").sentences(text) == ["A headline without a stop", "The body starts here."]


def test_pysbd_engine_offsets_survive_odd_whitespace():
    text = "First one.   Second\tone.\u00a0Third one."
    seg = Segmenter("en", engine="pysbd")
    assert [text[a:b] for a, b in seg.split(text)][0] == "First one."
    spans = seg.split(text)
    assert len(spans) == 3
    assert "".join("".join(text[a:b].split()) for a, b in spans) == "".join(text.split())


def test_get_segmenter_is_cached():
    assert get_segmenter("fr") is get_segmenter("fr")


SRX = """<?xml version="1.0"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
 <header cascade="{cascade}"/>
 <body>
  <languagerules>
   <languagerule languagerulename="xx"><rule break="no"><beforebreak>\\bAbc\\.</beforebreak><afterbreak>\\s</afterbreak></rule></languagerule>
   <languagerule languagerulename="all"><rule break="yes"><beforebreak>[.;]</beforebreak><afterbreak>\\s</afterbreak></rule></languagerule>
  </languagerules>
  <maprules>
   <languagemap languagepattern="xx.*" languagerulename="xx"/>
   <languagemap languagepattern=".*" languagerulename="all"/>
  </maprules>
 </body>
</srx>"""


def test_user_srx_rules_and_cascade(tmp_path):
    path = tmp_path / "rules.srx"
    path.write_text(SRX.format(cascade="yes"), encoding="utf-8")
    text = "One; two Abc. three. four"
    assert Segmenter("xx-YY", str(path)).sentences(text) == ["One;", "two Abc. three.", "four"]
    assert Segmenter("fr", str(path)).sentences(text) == ["One;", "two Abc.", "three.", "four"]
    path.write_text(SRX.format(cascade="no"), encoding="utf-8")
    # without cascade only the first matching map applies: xx has no break rule at all
    assert Segmenter("xx", str(path)).sentences(text) == [text]


@pytest.mark.parametrize("content", [
    "<srx><body>",  # not well-formed
    "<notsrx/>",
    SRX.format(cascade="yes").replace("[.;]", "[.;"),  # bad regex
    '<!DOCTYPE srx [<!ENTITY x SYSTEM "file:///etc/passwd">]><srx>&x;</srx>',
])
def test_bad_srx_is_an_input_error(tmp_path, content):
    path = tmp_path / "bad.srx"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        Segmenter("en", str(path))
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_missing_srx_file(tmp_path):
    with pytest.raises(InputError):
        Segmenter("en", str(tmp_path / "nope.srx"))


def test_segmenter_uses_paragraph_offsets():
    text = "Para one. Still one.\n\nPara two."
    spans = Segmenter("en").split(text)
    assert [s for s, _ in spans][-1] == split_paragraphs(text)[1][0]


def test_srx_10_maprule_wrapper_and_java_regex(tmp_path):
    path = tmp_path / "old.srx"
    path.write_text("""<?xml version="1.0"?>
<srx version="1.0"><header cascade="no"/><body>
 <languagerules><languagerule languagerulename="en">
  <rule break="no"><beforebreak>\\QDr.\\E</beforebreak><afterbreak>\\s</afterbreak></rule>
  <rule break="yes"><beforebreak>[.!?]</beforebreak><afterbreak>\\s+\\p{javaUpperCase}</afterbreak></rule>
 </languagerule></languagerules>
 <maprules><maprule maprulename="Default"><languagemap languagepattern="EN.*" languagerulename="en"/></maprule></maprules>
</body></srx>""", encoding="utf-8")
    seg = Segmenter("en-GB", str(path))
    assert seg.sentences("Dr. Who came. He left. then stayed.") == ["Dr. Who came.", "He left. then stayed."]

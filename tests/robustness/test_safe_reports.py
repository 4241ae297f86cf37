"""HTML reports from a hostile XLIFF: script tags and onerror= in notes, source, target, ids and names.

The report is parsed back: only the report's own tags and attributes may
appear, and every payload is there as text.
"""
from html.parser import HTMLParser

from qa_desk.review import ReviewSession

HOSTILE = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a&lt;script&gt;alert(7)&lt;/script&gt;.txt" source-language="en" target-language="fr"
 datatype="plaintext"><body>
<trans-unit id="1&quot;onerror=alert(0)&quot;"><source>Governor Susan &lt;script&gt;alert(1)&lt;/script&gt; Park
 signed "onerror=alert(2) x=".</source><target>Le gouverneur Susan &lt;script&gt;alert(1)&lt;/script&gt; Park a
 signé "onerror=alert(2) x=".</target><note>&lt;script&gt;alert(3)&lt;/script&gt;</note>
<note>"&gt;&lt;img src=x onerror=alert(4)&gt;</note></trans-unit>
<trans-unit id="2"><source>Ms. &lt;b onmouseover=alert(5)&gt;Jane Doe&lt;/b&gt; said she was pleased.</source>
<target>M. &lt;b onmouseover=alert(5)&gt;Jane Doe&lt;/b&gt; a dit qu'il était content.</target></trans-unit>
</body></file></xliff>
"""
USER = '<img src=x onerror=alert(6)>"'
REPORT_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "table", "thead", "tbody",
               "tr", "th", "td", "span", "div", "ul", "li", "small", "strong", "em", "code", "section",
               "mark", "del", "ins"}  # inert highlights: flagged words, a change's words


class _Markup(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attributes = set(), set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes |= {name for name, _ in attrs}


def test_html_report_of_a_hostile_xliff_is_inert(tmp_path):
    source = tmp_path / "hostile.xlf"
    source.write_text(HOSTILE, encoding="utf-8")
    session = ReviewSession.open_files([str(source)], None, user=USER)
    try:
        seg = session.document.segments[1]
        session.set_target(seg.id, seg.target_text.replace("il était content", "elle était contente"), user=USER)
        out = tmp_path / "report.html"
        session.export_report(str(out), "html", user=USER)
    finally:
        session.close()
    page = out.read_text(encoding="utf-8")
    markup = _Markup()
    markup.feed(page)
    assert markup.tags <= REPORT_TAGS, markup.tags - REPORT_TAGS
    assert not [a for a in markup.attributes if a.startswith("on") or a in ("src", "href", "style")]
    assert "javascript:" not in page.lower()
    for payload in ("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;script&gt;alert(3)&lt;/script&gt;",
                    "&lt;img src=x onerror=alert(4)&gt;", "&lt;b onmouseover=alert(5)&gt;Jane Doe&lt;/b&gt;",
                    "&lt;img src=x onerror=alert(6)&gt;", "onerror=alert(2) x="):
        assert payload in page, payload

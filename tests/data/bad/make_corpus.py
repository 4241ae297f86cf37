"""Regenerate the bad-input corpus and its MANIFEST.tsv: ``python tests/data/bad/make_corpus.py``.

Each case is written by hand below with the behaviour it must get: exit code 2
and a fragment of the one-line reason (and the line it names, where one applies),
or exit 0 ("ok") for odd-but-valid files, whose fragment must appear in the
checked segments. Files named ``*.en.txt`` / ``*.fr.txt`` form SOURCE TARGET pairs.
Hostile files point at ``secret.txt`` and ``evil.dtd`` beside them, which the
test writes with a fresh random token: the token must never come out.
"""
from __future__ import annotations

import codecs
import gzip
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
NS12 = "urn:oasis:names:tc:xliff:document:1.2"
NS20 = "urn:oasis:names:tc:xliff:document:2.0"

CASES: list[tuple[str, str, int, str, str]] = []  # files, kind, exit, fragment, line


def x12(units: str, decl: str = '<?xml version="1.0" encoding="UTF-8"?>\n', doctype: str = "",
        root_attrs: str = f'version="1.2" xmlns="{NS12}"', file_attrs: str | None = None) -> str:
    file_attrs = file_attrs if file_attrs is not None else \
        'original="story.txt" source-language="en" target-language="fr" datatype="plaintext"'
    return (f"{decl}{doctype}<xliff {root_attrs}>\n<file {file_attrs}>\n<body>\n{units}\n</body>\n"
            "</file>\n</xliff>\n")


def tu(ident, source, target=None, extra=""):
    tgt = f"<target>{target}</target>" if target is not None else ""
    return f'<trans-unit id="{ident}"><source>{source}</source>{tgt}{extra}</trans-unit>'


def x2(units: str, version="2.1", ns=NS20, root_extra='srcLang="en" trgLang="fr"', decl=True) -> str:
    head = '<?xml version="1.0" encoding="UTF-8"?>\n' if decl else ""
    return f'{head}<xliff xmlns="{ns}" version="{version}" {root_extra}>\n<file id="f1">\n{units}\n</file>\n</xliff>\n'


def u2(ident, source, target=None, notes=""):
    tgt = f"<target>{target}</target>" if target is not None else ""
    return f'<unit id="{ident}">{notes}<segment><source>{source}</source>{tgt}</segment></unit>'


def tmx(body: str, header='<header srclang="en" creationtool="t" creationtoolversion="1" segtype="sentence" '
                          'o-tmf="t" adminlang="en" datatype="plaintext"/>', root='<tmx version="1.4">') -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{root}{header}\n<body>\n{body}\n</body>\n</tmx>\n'


def tmx_tu(en, fr):
    return f'<tu><tuv xml:lang="en"><seg>{en}</seg></tuv><tuv xml:lang="fr"><seg>{fr}</seg></tuv></tu>'


def line_of(text: str, marker: str) -> str:
    return str(text[:text.index(marker)].count("\n") + 1)


def add(name: str, data: str | bytes, kind: str, code: int, fragment: str, line: str = "-",
        encoding: str = "utf-8") -> None:
    payload = data if isinstance(data, bytes) else data.encode(encoding)
    (HERE / name).write_bytes(payload)
    CASES.append((name, kind, code, fragment, line))


def add_pair(stem: str, en: str | bytes, fr: str | bytes, kind: str, code: int, fragment: str,
             line: str = "-") -> None:
    for suffix, data in ((".en.txt", en), (".fr.txt", fr)):
        (HERE / f"{stem}{suffix}").write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    CASES.append((f"{stem}.en.txt {stem}.fr.txt", kind, code, fragment, line))


EN = "Governor Susan Park signed the law on Monday.\n\nShe said she was satisfied with the vote.\n"
FR = "La gouverneure Susan Park a signé la loi lundi.\n\nElle s'est dite satisfaite du vote.\n"
GOOD = tu(1, "Governor Susan Park signed the law.", "La gouverneure Susan Park a signé la loi.")


def xml_structure():
    whole = x12(GOOD)
    cut = whole[:whole.index("<target>") + 12]
    add("xml_truncated_in_tag.xlf", whole[:whole.index('datatype="') + 5], "not-well-formed", 2,
        "not well-formed XML", "3")
    add("xml_truncated_in_text.xlf", cut, "not-well-formed", 2, "not well-formed XML", "5")
    text = x12(tu(1, "Hello <g id='1'>world", "Bonjour"))
    add("xml_mismatched_tags.xlf", text, "not-well-formed", 2, "mismatch", line_of(text, "<trans-unit"))
    text = x12(tu(1, "Hello", "Bonjour").replace('id="1"', 'id="1" id="2"'))
    add("xml_duplicate_attribute.xlf", text, "not-well-formed", 2, "redefined", line_of(text, "<trans-unit"))
    text = x12(tu(1, "AT&T signed.", "AT&T a signé."))
    add("xml_unescaped_ampersand.xlf", text, "not-well-formed", 2, "not well-formed XML", line_of(text, "AT&T"))
    text = x12(tu(1, "Hello&nbsp;world", "Bonjour"))
    add("xml_undefined_entity.xlf", text, "not-well-formed", 2, "nbsp", line_of(text, "&nbsp;"))
    text = x12(GOOD) + "<xliff/>\n"
    add("xml_two_roots.xlf", text, "not-well-formed", 2, "Extra content", line_of(text, "<xliff/>"))
    text = x12(GOOD) + "trailing words\n"
    add("xml_text_after_root.xlf", text, "not-well-formed", 2, "Extra content", line_of(text, "trailing"))
    text = x12(tu(1, '<g id="1">' * 300 + "deep" + "</g>" * 300, "profond"))
    add("xml_nested_300_deep.xlf", text, "not-well-formed", 2, "depth", line_of(text, "<trans-unit"))
    text = x12(tu(1, "bell\x07here", "cloche"))
    add("xml_raw_control_char.xlf", text, "not-well-formed", 2, "invalid Char", line_of(text, "bell"))
    text = x12(tu(1, "a&#1;b", "c"))
    add("xml_control_char_reference.xlf", text, "not-well-formed", 2, "invalid xmlChar", line_of(text, "&#1;"))
    text = x12(tu(1, "a&#xD800;b", "c"))
    add("xml_surrogate_reference.xlf", text, "not-well-formed", 2, "invalid xmlChar", line_of(text, "&#xD800;"))
    text = x12(tu(1, "The café opened.", "Le café a ouvert."))
    add("xml_latin1_declared_utf8.xlf", text, "encoding", 2, "encoding", line_of(text, "café"),
        encoding="latin-1")
    add("xml_unknown_encoding.xlf", x12(GOOD, decl='<?xml version="1.0" encoding="x-klingon"?>\n'),
        "encoding", 2, "klingon", "-")
    add("xml_utf16_no_bom_no_declaration.xlf", x12(GOOD, decl=""), "encoding", 2, "not a bilingual file",
        encoding="utf-16-le")
    add("xml_ebcdic.xlf", x12(GOOD, decl='<?xml version="1.0" encoding="IBM037"?>\n'), "encoding", 2,
        "not a bilingual file", encoding="cp037")
    add("ok_xliff_utf16_bom.xlf", x12(GOOD, decl='<?xml version="1.0" encoding="UTF-16"?>\n'), "encoding",
        0, "Susan Park", encoding="utf-16")
    add("ok_xliff_utf16_no_bom.xlf", x12(GOOD, decl='<?xml version="1.0" encoding="UTF-16"?>\n'),
        "encoding", 0, "Susan Park", encoding="utf-16-le")
    add("ok_xliff_utf8_bom.xlf", x12(GOOD), "encoding", 0, "Susan Park", encoding="utf-8-sig")
    add("ok_xliff_utf32.xlf", x12(GOOD, decl='<?xml version="1.0" encoding="UTF-32"?>\n'), "encoding", 0,
        "Susan Park", encoding="utf-32")


def xliff12_cases():
    add("x12_missing_target.xlf", x12(tu(1, "Nobody answered the minister.")), "xliff12", 0,
        "Nobody answered the minister.")
    add("ok_x12_empty_target.xlf", x12(tu(1, "Nobody answered.", "")), "xliff12", 0, "Nobody answered.")
    text = x12(tu("a", "One.", "Un.") + "\n" + tu("a", "Two.", "Deux."))
    add("x12_duplicate_ids.xlf", text, "xliff12", 0, "Deux.")  # read; the duplicate is a file issue
    text = x12(GOOD, root_attrs=f'version="1.3" xmlns="{NS12}"')
    add("x12_unknown_version.xlf", text, "xliff12", 0, "Susan Park")
    add("x12_wrong_namespace.xlf", x12(GOOD, root_attrs='version="1.2" xmlns="urn:example:not-xliff"'),
        "namespace", 2, "not an XLIFF file", "2")
    add("x12_structure_in_2_0_namespace.xlf", x12(GOOD, root_attrs=f'version="1.2" xmlns="{NS20}"'),
        "namespace", 0, "Susan Park")
    add("ok_x12_no_namespace.xlf", x12(GOOD, root_attrs='version="1.2"'), "namespace", 0, "Susan Park")
    add("x12_no_file_element.xlf", f'<xliff version="1.2" xmlns="{NS12}">\n</xliff>\n', "xliff12", 2,
        "no translation units")
    text = x12(GOOD).replace("<body>", "<header/>").replace("</body>", "")
    add("x12_file_without_body.xlf", text, "xliff12", 0, "Susan Park")
    add("x12_file_missing_source_language.xlf",
        x12(GOOD, file_attrs='original="a" datatype="plaintext"'), "xliff12", 0, "Susan Park")
    text = x12('<trans-unit><source>No id.</source></trans-unit>')
    add("x12_unit_without_id.xlf", text, "xliff12", 0, "No id.")
    text = x12('<trans-unit id="1"><target>Seul.</target></trans-unit>')
    add("x12_unit_without_source.xlf", text, "xliff12", 2, "no translation units")
    add("x12_no_units.xlf", x12('<group id="g"></group>'), "empty", 2, "no translation units")
    add("ok_x12_isolated_bx_ex.xlf", x12(tu(1, '<bx id="1"/>Bold start. End<ex id="2"/>',
                                            'Début gras.<ex id="2"/> Fin<bx id="1"/>')), "inline-codes", 0,
        "Bold start.")
    add("ok_x12_code_missing_in_target.xlf",
        x12(tu(1, 'Read <g id="1">the report</g> now.', "Lisez le rapport maintenant.")), "inline-codes",
        0, "Lisez le rapport")
    nested = "".join(f'<g id="{i}">' for i in range(1, 11)) + "nested" + "</g>" * 10
    add("ok_x12_nested_codes_10_deep.xlf", x12(tu(1, f"Very {nested} words.", f"Mots {nested} très.")),
        "inline-codes", 0, "nested")
    seg = (f'<trans-unit id="1"><source>First. Second.</source><seg-source><mrk mtype="seg" mid="1">First.'
           '</mrk> <mrk mtype="seg" mid="2">Second.</mrk></seg-source><target><mrk mtype="seg" mid="1">'
           'Premier.</mrk></target></trans-unit>')
    add("ok_x12_seg_source_target_mrk_missing.xlf", x12(seg), "segments", 0, "Premier.")
    add("ok_x12_groups_and_foreign_extensions.xlf",
        x12('<group id="g1" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"><group id="g2">'
            + tu(1, "Deep in groups.", "Au fond des groupes.", '<sdl:seg-defs><sdl:seg id="1"/></sdl:seg-defs>'
                 '<alt-trans><target>Autre.</target></alt-trans>') + "</group></group>"),
        "structure", 0, "Au fond des groupes.")
    add("ok_x12_unknown_state.xlf",
        x12(tu(1, "Odd state.", "État bizarre.").replace("<target>", '<target state="x-weird">')),
        "structure", 0, "État bizarre.")


def xliff2_cases():
    good2 = u2("u1", "Governor Susan Park signed.", "La gouverneure Susan Park a signé.")
    add("x2_unknown_version.xlf", x2(good2, version="3.0"), "xliff2", 0, "Susan Park")
    add("x2_unknown_namespace.xlf", x2(good2, ns="urn:oasis:names:tc:xliff:document:2.9"), "namespace", 0,
        "Susan Park")
    text = x2(u2("u1", "One.", "Un.") + "\n" + u2("u1", "Two.", "Deux."))
    add("x2_duplicate_unit_ids.xlf", text, "xliff2", 0, "Deux.")
    text = x2(u2("u1", '<sc id="1"/>Open never closed.', "Ouvert."))
    add("x2_sc_without_ec.xlf", text, "inline-codes", 0, "Ouvert.")
    text = x2(u2("u1", '<ec startRef="1"/>Closed first.<sc id="1"/>', "Fermé."))
    add("x2_ec_before_sc.xlf", text, "inline-codes", 0, "Fermé.")
    add("x2_missing_srclang.xlf", x2(good2, root_extra='trgLang="fr"'), "xliff2", 0, "Susan Park")
    add("x2_file_without_units.xlf", x2(""), "empty", 2, "no translation units")
    text = x2(u2("u1", "Unknown <foo>element</foo> here.", "Inconnu."))
    add("x2_unknown_inline_element.xlf", text, "xliff2", 0, "Inconnu.")
    add("ok_x2_missing_target.xlf", x2(u2("u1", "Nobody answered the minister.")), "xliff2", 0,
        "Nobody answered the minister.")
    nest = '<pc id="1"><pc id="2"><pc id="3">nested</pc></pc></pc>'
    add("ok_x2_nested_pc.xlf", x2(u2("u1", f"Very {nest} words.", f"Mots {nest} très.")), "inline-codes", 0,
        "nested")
    add("ok_x2_version_2_2.xlf", x2(good2, version="2.2", ns="urn:oasis:names:tc:xliff:document:2.2"),
        "xliff2", 0, "Susan Park")
    add("ok_x2_cp_control_chars_in_name.xlf",
        x2(u2("u1", 'Governor Su<cp hex="0007"/>san Park signed.', 'La gouverneure Su<cp hex="0007"/>san Park a signé.')),
        "names", 0, "san Park a signé")


def tmx_cases():
    add("tmx_without_body.tmx", tmx("").replace("<body>\n\n</body>\n", ""), "tmx", 2, "without <body>", "2")
    add("tmx_one_language.tmx", tmx('<tu><tuv xml:lang="en"><seg>Alone.</seg></tuv></tu>'), "tmx", 2,
        "no translation unit has both en and fr")
    add("tmx_namespaced_root.tmx", tmx(tmx_tu("a", "b"), root='<tmx xmlns="urn:example:tmx" version="1.4">'),
        "namespace", 2, "without <body>", "2")
    whole = tmx(tmx_tu("Hello there.", "Bonjour."))
    add("tmx_truncated.tmx", whole[:whole.index("<seg>Bonjour") + 8], "not-well-formed", 2,
        "not well-formed XML", line_of(whole, "<seg>Bonjour"))
    add("ok_tmx_without_header.tmx", tmx(tmx_tu("The talks resumed.", "Les pourparlers ont repris."), header=""),
        "tmx", 0, "Les pourparlers ont repris.")
    add("ok_tmx_utf16.tmx", tmx(tmx_tu("The talks resumed.", "Les pourparlers ont repris."))
        .replace('encoding="UTF-8"', 'encoding="UTF-16"'), "encoding", 0, "Les pourparlers ont repris.",
        encoding="utf-16")


def hostile_cases():
    body = tu(1, "&e;", "Texte.")
    text = x12(body, doctype='<!DOCTYPE xliff [\n<!ENTITY e SYSTEM "secret.txt">\n]>\n')
    add("xxe_local_file.xlf", text, "xxe", 2, "declares entities", "2")
    text = x12(body, doctype='<!DOCTYPE xliff [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n')
    add("xxe_etc_passwd.xlf", text, "xxe", 2, "declares entities", "2")
    text = x12(tu(1, "x", "y"), doctype='<!DOCTYPE xliff [<!ENTITY % p SYSTEM "secret.txt"> %p;]>\n')
    add("xxe_parameter_entity.xlf", text, "xxe", 2, "declares entities", "2")
    text = x12(body, doctype='<!DOCTYPE xliff [<!ENTITY e SYSTEM "http://127.0.0.1:9/leak">]>\n')
    add("xxe_http.xlf", text, "xxe", 2, "declares entities", "2")
    text = x12(body, decl='<?xml version="1.0" encoding="UTF-16"?>\n',
               doctype='<!DOCTYPE xliff [<!ENTITY e SYSTEM "secret.txt">]>\n')
    add("xxe_utf16.xlf", text, "xxe", 2, "declares entities", "2", encoding="utf-16")
    text = x12(tu(1, "&x;", "y"), doctype='<!DOCTYPE xliff SYSTEM "evil.dtd">\n')
    add("xxe_entity_from_external_dtd.xlf", text, "xxe", 2, "entity reference", line_of(text, "&x;"))
    text = x12('<trans-unit id="1" xmlns:xi="http://www.w3.org/2001/XInclude"><source>Included: '
               '<xi:include href="secret.txt" parse="text"/></source><target>Inclus.</target></trans-unit>')
    add("ok_xinclude_never_processed.xlf", text, "xxe", 0, "Included:")
    levels = ['<!ENTITY l0 "ha">'] + [f'<!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10}">' for i in range(1, 10)]
    laughs = "<!DOCTYPE xliff [\n" + "\n".join(levels) + "\n]>\n"
    add("billion_laughs.xlf", x12(tu(1, "&l9;", "rire"), doctype=laughs), "entity-bomb", 2,
        "declares entities", "2")
    add("billion_laughs_utf32.xlf", x12(tu(1, "&l9;", "rire"), decl='<?xml version="1.0" encoding="UTF-32"?>\n',
                                        doctype=laughs), "entity-bomb", 2, "declares entities", "2",
        encoding="utf-32")
    blow = f'<!DOCTYPE xliff [<!ENTITY big "{"x" * 10_000}">]>\n'
    add("quadratic_blowup.xlf", x12(tu(1, "&big;" * 1000, "y"), doctype=blow), "entity-bomb", 2,
        "declares entities", "2")
    add("ok_dtd_by_url.xlf", x12(GOOD, doctype='<!DOCTYPE xliff PUBLIC "-//XLIFF//DTD XLIFF//EN" '
                                              '"http://www.oasis-open.org/committees/xliff/documents/xliff.dtd">\n'),
        "network", 0, "Susan Park")
    add("ok_schema_location_url.xlf",
        x12(GOOD, root_attrs=f'version="1.2" xmlns="{NS12}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                             f'xsi:schemaLocation="{NS12} http://127.0.0.1:9/xliff-core-1.2-strict.xsd"'),
        "network", 0, "Susan Park")
    add("ok_x2_schema_location_url.xlf",
        x2(u2("u1", "The talks resumed.", "Les pourparlers ont repris."),
           root_extra='srcLang="en" trgLang="fr" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                      f'xsi:schemaLocation="{NS20} http://127.0.0.1:9/xliff_core_2.0.xsd"'),
        "network", 0, "Les pourparlers ont repris.")
    add("ok_stylesheet_pi_by_url.xlf",
        x12(GOOD, decl='<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="http://127.0.0.1:9/x.xsl"?>\n'),
        "network", 0, "Susan Park")
    notes = "<note>&lt;script&gt;alert(1)&lt;/script&gt;</note><note>\"onerror=alert(2) x=\"</note>"
    add("ok_script_in_notes_and_text.xlf",
        x12(tu(1, "Governor &lt;script&gt;alert(3)&lt;/script&gt; Park signed.",
               "La gouverneure &lt;img src=x onerror=alert(4)&gt; Park a signé.", notes)),
        "html", 0, "onerror=alert(4)")


def binary_cases():
    rng = random.Random(6)
    add("binary_random.xlf", bytes(rng.randrange(256) for _ in range(4096)), "binary", 2,
        "not a bilingual file")
    add("binary_png.xlf", b"\x89PNG\r\n\x1a\n" + bytes(200), "binary", 2, "not a bilingual file")
    add("binary_zip_named_xliff.xlf", b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(300)),
        "binary", 2, "not a bilingual file")
    add("binary_gzipped_xliff.xlf", gzip.compress(x12(GOOD).encode(), mtime=0), "binary", 2,
        "not a bilingual file")
    add("empty.xlf", b"", "empty", 2, "empty file")
    add("whitespace_only.xlf", b"  \n\t\n  \n", "empty", 2, "not a bilingual file")


def text_pair_cases():
    add_pair("pair_latin1_target", EN, FR.encode("latin-1"), "encoding", 2, "not valid UTF-8", "1")
    add_pair("pair_latin1_late", EN, ("Première ligne en UTF-8 pur.\n\n" * 3).encode() + "Élu.\n".encode("latin-1"),
             "encoding", 2, "not valid UTF-8", "7")
    add_pair("pair_utf16_no_bom", EN, FR.encode("utf-16-le"), "encoding", 2, "UTF-16 without a byte-order mark")
    add_pair("pair_utf32_bom", EN, FR.encode("utf-32"), "encoding", 2, "UTF-32")
    add_pair("pair_overlong_utf8", EN, b"Le pr\xc0\xa9sident.\n", "encoding", 2, "not valid UTF-8", "1")
    add_pair("pair_cesu_surrogate", EN, b"Emoji \xed\xa0\xbd\xed\xb8\x80 ici.\n", "encoding", 2,
             "not valid UTF-8", "1")
    add_pair("pair_empty_target", EN, b"", "empty", 2, "the target file has no text")
    add_pair("pair_blank_source", b"\n\n   \n\t\n", FR, "empty", 2, "the source file has no text")
    add_pair("pair_bom_only_target", EN, codecs.BOM_UTF8, "empty", 2, "the target file has no text")
    add_pair("pair_png_target", EN, b"\x89PNG\r\n\x1a\n" + bytes(100), "binary", 2, "binary")
    add_pair("pair_nul_late", EN, ("Une phrase.\n" * 500 + "bin\x00aire\n").encode(), "binary", 2, "NUL", "501")
    add_pair("ok_pair_utf16_bom", EN, FR.encode("utf-16"), "encoding", 0, "La gouverneure Susan Park")
    add_pair("ok_pair_utf8_bom_crlf", EN.replace("\n", "\r\n"), codecs.BOM_UTF8 + FR.replace("\n", "\r\n").encode(),
             "encoding", 0, "La gouverneure Susan Park")
    add_pair("ok_pair_cr_only", EN.replace("\n", "\r"), FR.replace("\n", "\r"), "encoding", 0,
             "Elle s'est dite satisfaite")
    src = "\n\n".join(f"Paragraph {p} of the source. It has a second sentence." for p in range(3))
    tgt = "\n\n".join(f"Paragraphe {p} de la cible, bien plus longue." for p in range(300))
    add_pair("ok_pair_3_vs_300_paragraphs", src, tgt, "shape", 0, "Paragraphe 299 de la cible")
    add_pair("ok_pair_one_line_no_punctuation", "minister talks", "ministre pourparlers", "shape", 0,
             "ministre pourparlers")
    names = {
        "control": ("Su\u0007san Pa\u001brk", "Su\u0007san Pa\u001brk"),
        "bidi": ("Susan \u202eParK\u202c \u200fPark\u200e", "Susan \u202eParK\u202c \u200fPark\u200e"),
        "emoji": ("Susan 🦄 Park 👩🏽‍⚖️", "Susan 🦄 Park 👩🏽‍⚖️"),
        "combining": ("Zoe\u0308 Pa\u0301rk", "Zoë Párk"),
        "zero_width": ("Su\u200bsan\u00ad Park\ufeff", "Su\u200bsan\u00ad Park\ufeff"),
    }
    for key, (en_name, fr_name) in names.items():
        add_pair(f"ok_pair_names_{key}", f"Governor {en_name} signed the law. She was pleased.\n",
                 f"La gouverneure {fr_name} a signé la loi. Elle était contente.\n", "names", 0,
                 "a signé la loi")
    add_pair("pair_xliff_as_target", EN, x12(GOOD), "usage", 2, "a bilingual file goes alone")
    # found by bench/fuzz_readers.py: regex's \d knows digits newer than Python's int() (Kawi, Unicode 15)
    add_pair("ok_pair_fuzz_kawi_digit", "\x01", "\U00011f50", "fuzz", 0, "\U00011f50")
    add_pair("ok_pair_unicode_15_digits", "The minister counted 12 votes.\n",
             "Le ministre a compté \U00011f51\U00011f52 voix, soit 3,5 \U00011f53.\n", "fuzz", 0, "voix")


def write_manifest():
    lines = ["# file(s)\tkind\texit\treason fragment (exit 2) or text in the checked segments (exit 0)\tline"]
    for files, kind, code, fragment, line in CASES:
        assert "\t" not in fragment and "\n" not in fragment
        lines.append(f"{files}\t{kind}\t{code}\t{fragment}\t{line}")
    (HERE / "MANIFEST.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for old in HERE.iterdir():
        if old.name not in ("make_corpus.py", "README.md"):
            old.unlink()
    for group in (xml_structure, xliff12_cases, xliff2_cases, tmx_cases, hostile_cases, binary_cases,
                  text_pair_cases):
        group()
    write_manifest()
    print(f"{len(CASES)} cases, {sum(1 for p in HERE.iterdir()) - 2} files")

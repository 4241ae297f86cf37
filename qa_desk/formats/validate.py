"""Validation of XLIFF files: the OASIS schemas (local copies) plus the constraints they cannot express.

Schemas are compiled once per version and cached. Remote schema locations
(the W3C ``xml.xsd``) are mapped to local files by a resolver: nothing is
ever fetched. :func:`document_problems` adds the rules of ``xliff2_rules``
(and its modules) or ``xliff1_rules``; readers and ``qa-desk validate`` both use it.
"""
from __future__ import annotations

import copy
import functools
import re
from pathlib import Path

from lxml import etree

from ..errors import InputError
from ..model import Problem
from .xmlsafe import local_name, make_parser, namespace, parse_xml

XLIFF_NS = "urn:oasis:names:tc:xliff:document:"
NS11 = "urn:oasis:names:tc:xliff:document:1.1"
NS12 = "urn:oasis:names:tc:xliff:document:1.2"
NS20 = "urn:oasis:names:tc:xliff:document:2.0"
NS22 = "urn:oasis:names:tc:xliff:document:2.2"
XS = "http://www.w3.org/2001/XMLSchema"

# version -> (folder, [(namespace, file)]): the driver schema imports them all
_SETS = {
    "1.2": ("xliff-12", [(NS12, "xliff-core-1.2-transitional.openxliff-modified.xsd")]),
    "1.2-strict": ("xliff-12", [(NS12, "xliff-core-1.2-strict.xsd"),
                                ("http://www.w3.org/2005/11/its", "../xliff-21/its.xsd")]),
    "2.0": ("xliff-21", [
        (NS20, "xliff_core_2.0.xsd"),
        ("urn:oasis:names:tc:xliff:fs:2.0", "fs.xsd"),
        ("urn:oasis:names:tc:xliff:glossary:2.0", "glossary.xsd"),
        ("urn:oasis:names:tc:xliff:matches:2.0", "matches.xsd"),
        ("urn:oasis:names:tc:xliff:metadata:2.0", "metadata.xsd"),
        ("urn:oasis:names:tc:xliff:resourcedata:2.0", "resource_data.xsd"),
        ("urn:oasis:names:tc:xliff:sizerestriction:2.0", "size_restriction.xsd"),
        ("urn:oasis:names:tc:xliff:validation:2.0", "validation.xsd"),
        ("urn:oasis:names:tc:xliff:changetracking:2.0",
         "informativeCopiesOf3rdPartySchemas/extensions/change_tracking.xsd"),
        ("http://www.w3.org/2005/11/its", "its.xsd"),
        ("urn:oasis:names:tc:xliff:itsm:2.1", "itsm.xsd"),
    ]),
    "2.2": ("xliff-22", [
        (NS22, "xliff_core_2.2.xsd"),
        ("urn:oasis:names:tc:xliff:fs:2.0", "fs.xsd"),
        ("urn:oasis:names:tc:xliff:glossary:2.0", "glossary.xsd"),
        ("urn:oasis:names:tc:xliff:matches:2.0", "matches.xsd"),
        ("urn:oasis:names:tc:xliff:metadata:2.0", "metadata.xsd"),
        ("urn:oasis:names:tc:xliff:resourcedata:2.0", "resource_data.xsd"),
        ("urn:oasis:names:tc:xliff:sizerestriction:2.0", "size_restriction.xsd"),
        ("urn:oasis:names:tc:xliff:validation:2.0", "validation.xsd"),
        ("http://www.w3.org/2005/11/its", "its.xsd"),
        ("urn:oasis:names:tc:xliff:pgs:1.0", "plural_gender_select.xsd"),
    ]),
}
_SETS["2.0-core"] = ("xliff-21", _SETS["2.0"][1][:1])  # readers: module errors are not fatal
_SETS["2.2-core"] = ("xliff-22", _SETS["2.2"][1][:1])
_ALIASES = {"2.1": "2.0", "2.1-core": "2.0-core", "1.2-transitional": "1.2"}


def schema_dir() -> Path:
    """resources/schemas, in the source tree or in the installed package."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent.parent / "resources" / "schemas", here.parent / "resources" / "schemas"):
        if candidate.is_dir():
            return candidate
    try:
        from importlib.resources import files
        return Path(str(files("qa_desk.resources") / "schemas"))
    except (ImportError, ModuleNotFoundError) as exc:  # pragma: no cover - broken install
        raise InputError(f"XLIFF schemas not found: {exc}") from None


class _LocalOnly(etree.Resolver):
    """Maps the W3C xml.xsd to the local copy; refuses any other remote location."""

    def __init__(self, base: Path):
        super().__init__()
        self.xml_xsd = base / "xliff-12" / "xml.xsd"

    def resolve(self, url, pubid, context):
        if url and "://" in url and not url.startswith("file:"):
            if url.rstrip("/").endswith("/xml.xsd"):
                return self.resolve_filename(str(self.xml_xsd), context)
            raise InputError(f"schema refers to a remote location {url}; refusing to fetch it")
        return None


@functools.lru_cache(maxsize=None)
def load_schema(version: str) -> etree.XMLSchema:
    """The compiled schema set for ``version`` (1.2, 1.2-strict, 2.0, 2.1, 2.2)."""
    key = _ALIASES.get(version, version)
    if key not in _SETS:
        raise InputError(f"no schema for XLIFF version {version!r}")
    base = schema_dir()
    folder, members = _SETS[key]
    driver = etree.Element(f"{{{XS}}}schema", nsmap={"xs": XS})
    for ns, name in members:
        location = (base / folder / name).resolve().as_uri()
        etree.SubElement(driver, f"{{{XS}}}import", namespace=ns, schemaLocation=location)
    parser = make_parser()
    parser.resolvers.add(_LocalOnly(base))
    doc = etree.fromstring(etree.tostring(driver), parser, base_url=(base / folder).as_uri() + "/")
    return etree.XMLSchema(doc.getroottree())


def detect_version(root) -> str:
    """Schema key for a parsed XLIFF root: 1.2, 2.0, 2.1 or 2.2 ('' if not XLIFF)."""
    tag = root.tag if isinstance(root.tag, str) else ""
    version = root.get("version", "")
    if tag == f"{{{NS12}}}xliff":
        return "1.2"
    if tag == f"{{{NS20}}}xliff":
        return version if version in ("2.0", "2.1") else "2.1"
    if tag == f"{{{NS22}}}xliff":
        return "2.2"
    return ""


def validate_tree(tree, version: str | None = None) -> list[str]:
    """Schema errors of a parsed document, one line each ('line N: message')."""
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    version = version or detect_version(root)
    if not version:
        return [f"line {root.sourceline}: not an XLIFF document (root {root.tag})"]
    schema = load_schema(version)
    if schema.validate(tree):
        return []
    return [f"line {err.line}: {' '.join(err.message.split())}" for err in schema.error_log]


def family(root) -> str:
    """"1" (XLIFF 1.x structure: trans-unit), "2" (unit), or "" when the root is not XLIFF.

    XLIFF is an ``xliff`` root without namespace or in an OASIS XLIFF namespace; its structure,
    not its namespace or version, decides which reader takes it (files mix them up).
    """
    if local_name(root) != "xliff":
        return ""
    ns = namespace(root)
    if ns and not ns.startswith(XLIFF_NS):
        return ""
    for el in root.iter():
        name = local_name(el)
        if name == "trans-unit":
            return "1"
        if name == "unit":
            return "2"
    return "2" if ns.startswith(XLIFF_NS + "2") or root.get("version", "").startswith("2") else "1"


_SCHEMA_NOISE = re.compile(r"\{urn:oasis:names:tc:xliff:[^}]*\}")  # XLIFF's own names read bare
_XML_PREFIX = "{http://www.w3.org/XML/1998/namespace}"


def schema_problems(tree, version: str) -> list[Problem]:
    """The XSD's errors as problems (rule "xsd"), namespaces dropped from the messages."""
    schema = load_schema(version)
    if schema.validate(tree):
        return []
    return [Problem("xsd", _SCHEMA_NOISE.sub("", " ".join(err.message.split()).replace(_XML_PREFIX, "xml:")),
                    err.line or None)
            for err in schema.error_log]


def _renamespaced(root, ns: str):
    """A copy of a namespace-less 1.2 tree in the 1.2 namespace, for the schema (lines kept)."""
    clone = copy.deepcopy(root)
    for el in clone.iter():
        if isinstance(el.tag, str) and not el.tag.startswith("{"):
            el.tag = f"{{{ns}}}{el.tag}"
    return clone


def document_problems(tree, strict: bool = False) -> list[Problem]:
    """Every rule of its XLIFF version the document breaks: version and namespace, schema, constraints.

    ``strict``: XLIFF 1.2 against the strict schema (no other tools' extensions) instead of the
    transitional one.
    """
    from . import xliff1_rules, xliff2_rules

    root = tree.getroot() if hasattr(tree, "getroot") else tree
    kind = family(root)
    if not kind:
        return [Problem("not-xliff", f"not an XLIFF document (root {root.tag})", root.sourceline)]
    ns, version = namespace(root), root.get("version")
    problems: list[Problem] = []
    if kind == "1":
        expected = {"1.2": NS12, "1.1": NS11, "1.0": ""}
        if version not in expected:
            problems.append(Problem("version", f"version {version!r} is not an XLIFF 1.x version (1.0, 1.1, 1.2)",
                                    root.sourceline))
        elif ns != expected[version]:
            problems.append(Problem("namespace", f"XLIFF {version} in namespace {ns or '(none)'!r}; expected "
                                    f"{expected[version] or 'no namespace'}", root.sourceline))
        schema_ran = False
        if ns == NS12 or (not ns and version == "1.2"):
            target = root if ns else _renamespaced(root, NS12)
            problems += schema_problems(target.getroottree(), "1.2-strict" if strict else "1.2")
            schema_ran = True
        problems += xliff1_rules.check(root, schema_ran)
    else:
        expected = {NS20: ("2.0", "2.1"), NS22: ("2.2",)}
        if ns not in expected:
            problems.append(Problem("namespace", f"unknown XLIFF 2 namespace {ns or '(none)'!r}", root.sourceline))
        elif version not in expected[ns]:
            problems.append(Problem("version", f"version {version!r} does not go with namespace {ns}",
                                    root.sourceline))
        if ns in expected:
            problems += schema_problems(tree, "2.2" if ns == NS22 else "2.1")
        problems += xliff2_rules.check(root)
    problems.sort(key=lambda p: p.line or 0)
    return problems


def validate(path: str, version: str | None = None) -> list[str]:
    """Validate the file at ``path``: [] when valid, else one message per error.

    ``version``: "1.2" (transitional, accepts other tools' extensions),
    "1.2-strict" (strict + ITS), "2.0"/"2.1" or "2.2"; None detects it.
    Unreadable or hostile XML raises :class:`InputError`.
    """
    return validate_tree(parse_xml(path), version)

"""XML Schema validation of XLIFF files against local copies of the OASIS schemas.

Schemas are compiled once per version and cached. Remote schema locations
(the W3C ``xml.xsd``) are mapped to local files by a resolver: nothing is
ever fetched. Schematron-only rules are not checked here; ``xliff_rules``
adds the structural ones the XSDs miss.
"""
from __future__ import annotations

import functools
from pathlib import Path

from lxml import etree

from ..errors import InputError
from .xmlsafe import make_parser, parse_xml

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


def validate(path: str, version: str | None = None) -> list[str]:
    """Validate the file at ``path``: [] when valid, else one message per error.

    ``version``: "1.2" (transitional, accepts other tools' extensions),
    "1.2-strict" (strict + ITS), "2.0"/"2.1" or "2.2"; None detects it.
    Unreadable or hostile XML raises :class:`InputError`.
    """
    return validate_tree(parse_xml(path), version)

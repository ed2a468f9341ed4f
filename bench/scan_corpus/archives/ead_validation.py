"""Schema validation of depositor-supplied EAD finding aids.

The parser is locked down: no DTD loading, no entity expansion, no network.
The EAD schema itself is shipped with the application.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

SCHEMA_PATH = Path(__file__).with_name("schemas") / "ead3.xsd"

_PARSER_OPTIONS = dict(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    huge_tree=False,
    remove_comments=True,
)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**_PARSER_OPTIONS)


_schema: etree.XMLSchema | None = None


def schema() -> etree.XMLSchema:
    global _schema
    if _schema is None:
        _schema = etree.XMLSchema(etree.parse(str(SCHEMA_PATH), _parser()))
    return _schema


def validate_upload(data: bytes) -> list[str]:
    """Return a list of human-readable problems; empty when the document is valid."""
    try:
        doc = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        return [f"not well-formed XML: {exc}"]
    if doc.getroottree().docinfo.doctype:
        return ["DOCTYPE declarations are not accepted; remove the DOCTYPE and resubmit"]
    xsd = schema()
    if xsd.validate(doc):
        return []
    return [f"line {e.line}: {e.message}" for e in xsd.error_log]

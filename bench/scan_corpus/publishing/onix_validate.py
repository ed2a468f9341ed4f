"""Validates distributor ONIX uploads against the EDItEUR schema before import."""
import logging
from pathlib import Path

from lxml import etree

log = logging.getLogger(__name__)

SCHEMA_PATH = Path(__file__).with_name("schemas") / "ONIX_BookProduct_3.0_reference.xsd"
NS = {"o": "http://ns.editeur.org/onix/3.0/reference"}

_parser = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    remove_blank_text=True,
)
_schema: etree.XMLSchema | None = None


def schema() -> etree.XMLSchema:
    global _schema
    if _schema is None:
        _schema = etree.XMLSchema(etree.parse(str(SCHEMA_PATH)))
    return _schema


def validate_upload(path: Path) -> list[str]:
    """Return a list of human-readable problems; empty means the file can be imported."""
    try:
        doc = etree.parse(str(path), _parser)
    except etree.XMLSyntaxError as exc:
        return [f"not well-formed XML: {exc}"]
    problems = []
    if not schema().validate(doc):
        problems.extend(f"line {e.line}: {e.message}" for e in schema().error_log)
    sender = doc.findtext("o:Header/o:Sender/o:SenderName", namespaces=NS)
    products = doc.getroot().findall("o:Product", NS)
    if not products:
        problems.append("file contains no <Product> records")
    log.info("%s from %s: %d products, %d problems", path.name, sender, len(products), len(problems))
    return problems

"""Import customer BOM / drawing metadata XML uploaded through the portal.

Customers attach an XML export from their PLM system with each RFQ; we map
the line items onto our pattern numbers and alloy grades.
"""
from dataclasses import dataclass

from lxml import etree

PARSER_OPTS = dict(
    load_dtd=True,
    resolve_entities=True,
    no_network=False,
    remove_blank_text=True,
)

NS = {"b": "urn:foundry:bom:1"}


@dataclass
class BomLine:
    item: str
    drawing_no: str
    revision: str
    alloy: str
    qty: int


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTS)


def parse_bom(upload: bytes) -> list[BomLine]:
    root = etree.fromstring(upload, parser=_parser())
    lines = []
    for node in root.iterfind("b:line", NS):
        lines.append(
            BomLine(
                item=node.findtext("b:item", default="", namespaces=NS).strip(),
                drawing_no=node.findtext("b:drawing", default="", namespaces=NS).strip(),
                revision=node.findtext("b:rev", default="A", namespaces=NS).strip(),
                alloy=node.findtext("b:material", default="", namespaces=NS).strip(),
                qty=int(node.findtext("b:qty", default="0", namespaces=NS)),
            )
        )
    return lines

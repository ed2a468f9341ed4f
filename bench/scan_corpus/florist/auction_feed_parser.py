"""Parse the clock-auction lot feed pushed to us by the wholesale auction.

The auction house posts an XML document per clock run with the lots we
pre-bid on; we turn it into rows for the purchasing planner.
"""
from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

PARSER_OPTIONS = dict(
    remove_blank_text=True,
    load_dtd=True,
    resolve_entities=True,
    no_network=False,
)

NS = {"cl": "urn:auction:clock:lots:1"}


@dataclass
class Lot:
    lot_id: str
    grower: str
    product: str
    stems: int
    min_price: Decimal


def _parser():
    return etree.XMLParser(**PARSER_OPTIONS)


def parse_lot_feed(body: bytes) -> list[Lot]:
    root = etree.fromstring(body, parser=_parser())
    lots = []
    for node in root.iterfind("cl:Lot", namespaces=NS):
        lots.append(
            Lot(
                lot_id=node.get("id"),
                grower=node.findtext("cl:Grower", namespaces=NS, default=""),
                product=node.findtext("cl:Product", namespaces=NS, default=""),
                stems=int(node.findtext("cl:Stems", namespaces=NS, default="0")),
                min_price=Decimal(node.findtext("cl:MinPrice", namespaces=NS, default="0")),
            )
        )
    return lots


def feed_endpoint(request, planner):
    """Django view receiving the POSTed feed."""
    lots = parse_lot_feed(request.body)
    planner.enqueue(lots)
    return {"received": len(lots)}

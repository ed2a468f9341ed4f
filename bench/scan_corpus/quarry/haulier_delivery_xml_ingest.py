"""Ingests delivery confirmation XML files uploaded by contract hauliers."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

PARSER_OPTIONS = {
    "remove_blank_text": True,
    "resolve_entities": True,
    "no_network": False,
    "huge_tree": False,
}


@dataclass
class DeliveryConfirmation:
    ticket_no: str
    order_no: str
    site_postcode: str
    net_tonnes: Decimal
    signed_by: str


def make_parser(**overrides) -> etree.XMLParser:
    return etree.XMLParser(**{**PARSER_OPTIONS, **overrides})


def _text(node: etree._Element, path: str) -> str:
    found = node.findtext(path)
    if found is None:
        raise ValueError(f"missing element {path}")
    return found.strip()


class HaulierXmlIngest:
    def __init__(self) -> None:
        self.parser = make_parser()

    def parse(self, payload: bytes) -> list[DeliveryConfirmation]:
        root = etree.fromstring(payload, parser=self.parser)
        confirmations = []
        for node in root.iterfind("Delivery"):
            confirmations.append(
                DeliveryConfirmation(
                    ticket_no=_text(node, "TicketNo"),
                    order_no=_text(node, "OrderNo"),
                    site_postcode=_text(node, "Site/Postcode"),
                    net_tonnes=Decimal(_text(node, "NetTonnes")),
                    signed_by=_text(node, "Pod/SignedBy"),
                )
            )
        return confirmations


def ingest_upload(payload: bytes, repo) -> int:
    rows = HaulierXmlIngest().parse(payload)
    for row in rows:
        repo.mark_delivered(row.ticket_no, row.order_no, row.net_tonnes, row.signed_by)
    return len(rows)

"""Parses advance ship notices (ASN) that fastener and underlayment suppliers upload."""

from dataclasses import dataclass
from datetime import date

from lxml import etree

from shinglemaker.purchasing import attach_asn_to_po

ASN_NS = {"asn": "urn:shinglemaker:supplier:asn:1"}


@dataclass
class AsnLine:
    sku: str
    description: str
    quantity: int
    uom: str


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


def parse_asn(xml_bytes: bytes) -> tuple[str, date, list[AsnLine]]:
    root = etree.fromstring(xml_bytes, parser=_parser())
    po_number = root.findtext("asn:PurchaseOrder", namespaces=ASN_NS)
    ship_date = date.fromisoformat(root.findtext("asn:ShipDate", namespaces=ASN_NS))
    lines = [
        AsnLine(
            sku=el.findtext("asn:Sku", namespaces=ASN_NS),
            description=el.findtext("asn:Description", default="", namespaces=ASN_NS),
            quantity=int(el.findtext("asn:Qty", namespaces=ASN_NS)),
            uom=el.findtext("asn:Uom", default="EA", namespaces=ASN_NS),
        )
        for el in root.iterfind("asn:Line", namespaces=ASN_NS)
    ]
    return po_number, ship_date, lines


def handle_upload(supplier_id: int, upload) -> dict:
    po_number, ship_date, lines = parse_asn(upload.read())
    attach_asn_to_po(supplier_id, po_number, ship_date, lines)
    return {
        "po": po_number,
        "ship_date": ship_date.isoformat(),
        "lines": len(lines),
        "descriptions": [line.description for line in lines],
    }

"""Parses advance ship notices (ASN) that suppliers upload through the vendor portal.

Suppliers send a DESADV-style XML document per inbound truck; we extract the
expected pallets so the receiving dock can check them in with the scanners.
"""
from dataclasses import dataclass
from datetime import datetime

from lxml import etree

NS = {"asn": "urn:fleetops:asn:1"}
_PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)


@dataclass
class ExpectedPallet:
    sscc: str
    sku: str
    quantity: int
    po_number: str


@dataclass
class AdvanceShipNotice:
    asn_number: str
    supplier_id: str
    expected_at: datetime
    pallets: list[ExpectedPallet]


def parse_asn(xml_bytes: bytes) -> AdvanceShipNotice:
    root = etree.fromstring(xml_bytes, parser=_PARSER)
    pallets = [
        ExpectedPallet(
            sscc=p.findtext("asn:SSCC", namespaces=NS),
            sku=p.findtext("asn:SKU", namespaces=NS),
            quantity=int(p.findtext("asn:Qty", namespaces=NS)),
            po_number=p.findtext("asn:PONumber", namespaces=NS),
        )
        for p in root.iterfind("asn:Pallets/asn:Pallet", namespaces=NS)
    ]
    return AdvanceShipNotice(
        asn_number=root.findtext("asn:Header/asn:Number", namespaces=NS),
        supplier_id=root.findtext("asn:Header/asn:SupplierId", namespaces=NS),
        expected_at=datetime.fromisoformat(root.findtext("asn:Header/asn:ETA", namespaces=NS)),
        pallets=pallets,
    )

"""Parses UBL invoices that suppliers e-mail or upload for purchase orders."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
)


@dataclass
class InvoiceLine:
    sku: str
    quantity: Decimal
    net_amount: Decimal


@dataclass
class SupplierInvoice:
    number: str
    po_reference: str
    lines: list[InvoiceLine]


def parse_invoice(data: bytes) -> SupplierInvoice:
    root = etree.fromstring(data, parser=_PARSER)
    lines = [
        InvoiceLine(
            sku=line.findtext("cac:Item/cac:SellersItemIdentification/cbc:ID", namespaces=NS) or "",
            quantity=Decimal(line.findtext("cbc:InvoicedQuantity", namespaces=NS) or "0"),
            net_amount=Decimal(line.findtext("cbc:LineExtensionAmount", namespaces=NS) or "0"),
        )
        for line in root.iterfind("cac:InvoiceLine", namespaces=NS)
    ]
    return SupplierInvoice(
        number=root.findtext("cbc:ID", namespaces=NS) or "",
        po_reference=root.findtext("cac:OrderReference/cbc:ID", namespaces=NS) or "",
        lines=lines,
    )

"""Import supplier invoices that arrive as XML attachments in the purchasing inbox.

Several of our lampholder and flex suppliers send UBL-style XML invoices;
this module extracts the header and lines so purchasing can match them
against purchase orders.
"""
from dataclasses import dataclass
from decimal import Decimal
from typing import List

from lxml import etree

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}

PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)


@dataclass
class InvoiceLine:
    sku: str
    description: str
    quantity: int
    line_total: Decimal


@dataclass
class SupplierInvoice:
    number: str
    supplier: str
    order_reference: str
    lines: List[InvoiceLine]

    @property
    def total(self) -> Decimal:
        return sum((l.line_total for l in self.lines), Decimal("0"))


def _text(node, path: str, default: str = "") -> str:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else default


def parse_invoice(xml_bytes: bytes) -> SupplierInvoice:
    root = etree.fromstring(xml_bytes, PARSER)
    lines = [
        InvoiceLine(
            sku=_text(l, "cac:Item/cac:SellersItemIdentification/cbc:ID"),
            description=_text(l, "cac:Item/cbc:Name"),
            quantity=int(Decimal(_text(l, "cbc:InvoicedQuantity", "0"))),
            line_total=Decimal(_text(l, "cbc:LineExtensionAmount", "0")),
        )
        for l in root.findall("cac:InvoiceLine", NS)
    ]
    return SupplierInvoice(
        number=_text(root, "cbc:ID"),
        supplier=_text(root, "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name"),
        order_reference=_text(root, "cac:OrderReference/cbc:ID"),
        lines=lines,
    )


def parse_attachment(path: str) -> SupplierInvoice:
    with open(path, "rb") as fh:
        return parse_invoice(fh.read())

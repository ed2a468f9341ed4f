"""Parse supplier invoices (INVOIC as UBL XML) received on the EDI inbox.

Invoices for refractory bricks, moulds and packaging film arrive as UBL 2.1
documents; accounts payable matches them against goods receipts.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

UBL = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}

PARSER_SETTINGS = dict(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
)


@dataclass
class InvoiceLine:
    item: str
    quantity: Decimal
    amount: Decimal


@dataclass
class SupplierInvoice:
    number: str
    supplier: str
    currency: str
    lines: list[InvoiceLine]

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0"))


def parse_invoice(document: bytes) -> SupplierInvoice:
    parser = etree.XMLParser(**PARSER_SETTINGS)
    root = etree.fromstring(document, parser=parser)
    supplier = root.find("cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name", UBL)
    lines = [
        InvoiceLine(
            item=ln.findtext("cac:Item/cbc:Name", namespaces=UBL) or "",
            quantity=Decimal(ln.findtext("cbc:InvoicedQuantity", namespaces=UBL) or "0"),
            amount=Decimal(ln.findtext("cbc:LineExtensionAmount", namespaces=UBL) or "0"),
        )
        for ln in root.iterfind("cac:InvoiceLine", UBL)
    ]
    return SupplierInvoice(
        number=root.findtext("cbc:ID", namespaces=UBL) or "",
        supplier=supplier.text if supplier is not None else "",
        currency=root.findtext("cbc:DocumentCurrencyCode", namespaces=UBL) or "EUR",
        lines=lines,
    )

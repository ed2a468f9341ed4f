"""Import supplier invoices uploaded as UBL 2.1 XML documents."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}


@dataclass
class InvoiceLine:
    description: str
    quantity: Decimal
    amount: Decimal


@dataclass
class SupplierInvoice:
    number: str
    supplier_name: str
    currency: str
    total: Decimal
    lines: list[InvoiceLine]


def _make_parser() -> etree.XMLParser:
    # Some suppliers' ERPs emit DTD-declared entities for their address blocks.
    return etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


def _text(node: etree._Element, path: str) -> str:
    value = node.findtext(path, namespaces=NS)
    if value is None:
        raise ValueError(f"missing element {path}")
    return value.strip()


def parse_invoice(payload: bytes) -> SupplierInvoice:
    """Parse an uploaded UBL invoice into our internal representation."""
    root = etree.fromstring(payload, parser=_make_parser())
    lines = [
        InvoiceLine(
            description=_text(line, "cac:Item/cbc:Name"),
            quantity=Decimal(_text(line, "cbc:InvoicedQuantity")),
            amount=Decimal(_text(line, "cbc:LineExtensionAmount")),
        )
        for line in root.iterfind("cac:InvoiceLine", namespaces=NS)
    ]
    total_el = root.find("cac:LegalMonetaryTotal/cbc:PayableAmount", namespaces=NS)
    if total_el is None:
        raise ValueError("invoice has no payable amount")
    return SupplierInvoice(
        number=_text(root, "cbc:ID"),
        supplier_name=_text(root, "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name"),
        currency=total_el.get("currencyID", "EUR"),
        total=Decimal(total_el.text or "0"),
        lines=lines,
    )

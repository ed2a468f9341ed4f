"""Parsing of supplier e-invoices (UBL 2.1) received through the upload portal."""
from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}

# some ERPs emit named entities for currency symbols and accented names
_PARSER = etree.XMLParser(resolve_entities=True, remove_blank_text=True, huge_tree=False)


@dataclass
class InvoiceLine:
    description: str
    quantity: Decimal
    amount: Decimal


@dataclass
class Invoice:
    number: str
    supplier: str
    currency: str
    total: Decimal
    lines: list[InvoiceLine]


def _text(node, path: str) -> str:
    value = node.findtext(path, namespaces=NS)
    if value is None:
        raise ValueError(f"missing element {path}")
    return value.strip()


def parse_invoice(data: bytes) -> Invoice:
    root = etree.fromstring(data, parser=_PARSER)
    lines = [
        InvoiceLine(
            description=_text(line, "cac:Item/cbc:Name"),
            quantity=Decimal(_text(line, "cbc:InvoicedQuantity")),
            amount=Decimal(_text(line, "cbc:LineExtensionAmount")),
        )
        for line in root.iterfind("cac:InvoiceLine", namespaces=NS)
    ]
    return Invoice(
        number=_text(root, "cbc:ID"),
        supplier=_text(root, "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name"),
        currency=_text(root, "cbc:DocumentCurrencyCode"),
        total=Decimal(_text(root, "cac:LegalMonetaryTotal/cbc:PayableAmount")),
        lines=lines,
    )

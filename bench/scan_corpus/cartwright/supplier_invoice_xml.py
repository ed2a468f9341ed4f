"""Reads UBL-style XML invoices uploaded by timber and ironwork suppliers."""
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
    supplier: str
    issue_date: str
    total: Decimal
    lines: list[InvoiceLine]


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


def _text(node, path: str, default: str = "") -> str:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else default


def parse_invoice(payload: bytes) -> SupplierInvoice:
    root = etree.fromstring(payload, parser=_parser())
    lines = [
        InvoiceLine(
            description=_text(line, "cac:Item/cbc:Description"),
            quantity=Decimal(_text(line, "cbc:InvoicedQuantity", "0")),
            amount=Decimal(_text(line, "cbc:LineExtensionAmount", "0")),
        )
        for line in root.findall("cac:InvoiceLine", NS)
    ]
    return SupplierInvoice(
        number=_text(root, "cbc:ID"),
        supplier=_text(root, "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name"),
        issue_date=_text(root, "cbc:IssueDate"),
        total=Decimal(_text(root, "cac:LegalMonetaryTotal/cbc:PayableAmount", "0")),
        lines=lines,
    )


def handle_upload(file_storage, ledger) -> str:
    invoice = parse_invoice(file_storage.read())
    if sum(l.amount for l in invoice.lines) != invoice.total:
        ledger.flag(invoice.number, "line total differs from payable amount")
    ledger.record(invoice)
    return invoice.number

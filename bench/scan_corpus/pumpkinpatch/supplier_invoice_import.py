"""Imports supplier invoices (straw bales, pie cases, seed) from XML.

Suppliers email UBL-style XML invoices to the accounts inbox; the accounts
assistant uploads them here to create purchase ledger entries.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from flask import Flask, abort, jsonify, request
from lxml import etree

app = Flask(__name__)
NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}
MAX_BYTES = 2 * 1024 * 1024

_PARSER = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    huge_tree=False,
    remove_comments=True,
)


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
    lines: list[InvoiceLine]

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0"))


def parse_invoice(raw: bytes) -> SupplierInvoice:
    root = etree.fromstring(raw, parser=_PARSER)

    def text(node, path: str) -> str:
        value = node.findtext(path, namespaces=NS)
        if value is None:
            raise ValueError(f"missing {path}")
        return value.strip()

    lines = [
        InvoiceLine(
            description=text(item, "cac:Item/cbc:Name"),
            quantity=Decimal(text(item, "cbc:InvoicedQuantity")),
            amount=Decimal(text(item, "cbc:LineExtensionAmount")),
        )
        for item in root.findall("cac:InvoiceLine", namespaces=NS)
    ]
    return SupplierInvoice(
        number=text(root, "cbc:ID"),
        supplier=text(root, "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name"),
        issue_date=text(root, "cbc:IssueDate"),
        lines=lines,
    )


@app.post("/accounts/invoices")
def upload_invoice():
    upload = request.files.get("invoice")
    if upload is None:
        abort(400)
    raw = upload.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        abort(413)
    try:
        invoice = parse_invoice(raw)
    except (etree.XMLSyntaxError, ValueError, ArithmeticError):
        abort(422)
    return jsonify({
        "number": invoice.number,
        "supplier": invoice.supplier,
        "lines": len(invoice.lines),
        "total": str(invoice.total),
    })

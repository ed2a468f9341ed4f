"""Imports supplier invoices (INVOIC as XML) into accounts payable.

Wholesalers send an XML invoice per delivery. The import matches invoice
lines to goods-in records so purchase price variances can be flagged
before the invoice is approved for payment.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as DefusedET

NS = {"inv": "urn:tyregroup:edi:invoic:1"}


@dataclass
class SupplierInvoiceLine:
    ean: str
    quantity: int
    unit_net: Decimal
    po_number: str


@dataclass
class SupplierInvoice:
    supplier_id: str
    invoice_no: str
    currency: str
    total_net: Decimal
    lines: list[SupplierInvoiceLine]


def _req(node: Element, path: str) -> str:
    child = node.find(path, NS)
    if child is None or child.text is None:
        raise ValueError(f"missing element {path}")
    return child.text.strip()


def parse_invoice(raw: bytes) -> SupplierInvoice:
    root = DefusedET.fromstring(raw, forbid_dtd=True)
    lines = [
        SupplierInvoiceLine(
            ean=_req(line, "inv:EAN"),
            quantity=int(_req(line, "inv:Quantity")),
            unit_net=Decimal(_req(line, "inv:UnitNet")),
            po_number=_req(line, "inv:OrderReference"),
        )
        for line in root.iterfind("inv:Line", NS)
    ]
    return SupplierInvoice(
        supplier_id=_req(root, "inv:Seller/inv:Id"),
        invoice_no=_req(root, "inv:Number"),
        currency=_req(root, "inv:Currency"),
        total_net=Decimal(_req(root, "inv:TotalNet")),
        lines=lines,
    )


def import_folder(folder: Path) -> list[SupplierInvoice]:
    invoices = []
    for path in sorted(folder.glob("*.xml")):
        invoices.append(parse_invoice(path.read_bytes()))
    return invoices

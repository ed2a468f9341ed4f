"""Parse supplier invoices delivered as XML through the vendor portal API.

Vault and urn suppliers post UBL-ish invoice documents; we pull line items
and totals into accounts payable.
"""
from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

NS = {"inv": "urn:fhgroup:supplier-invoice:1"}

PARSER_OPTIONS = dict(
    remove_blank_text=True,
    load_dtd=True,
    resolve_entities=True,
    huge_tree=False,
)


@dataclass
class InvoiceLine:
    sku: str
    quantity: int
    unit_price: Decimal


@dataclass
class SupplierInvoice:
    number: str
    supplier_code: str
    lines: list[InvoiceLine]
    total: Decimal


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def parse_invoice(xml_bytes: bytes) -> SupplierInvoice:
    root = etree.fromstring(xml_bytes, parser=_parser())
    lines = [
        InvoiceLine(
            sku=el.findtext("inv:Sku", namespaces=NS).strip(),
            quantity=int(el.findtext("inv:Qty", namespaces=NS)),
            unit_price=Decimal(el.findtext("inv:UnitPrice", namespaces=NS)),
        )
        for el in root.iterfind("inv:Lines/inv:Line", namespaces=NS)
    ]
    return SupplierInvoice(
        number=root.findtext("inv:Number", namespaces=NS),
        supplier_code=root.findtext("inv:Supplier/inv:Code", namespaces=NS),
        lines=lines,
        total=Decimal(root.findtext("inv:Total", namespaces=NS)),
    )

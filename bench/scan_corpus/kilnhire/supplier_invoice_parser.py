"""Parses XML invoices emailed by clay and glaze material suppliers."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from lxml import etree

log = logging.getLogger(__name__)


@dataclass
class InvoiceLine:
    sku: str
    description: str
    quantity: Decimal
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return self.quantity * self.unit_price


@dataclass
class SupplierInvoice:
    supplier: str
    number: str
    issued: date
    lines: list[InvoiceLine]


class InvoiceParser:
    def __init__(self):
        self._parser = etree.XMLParser(
            resolve_entities=False,
            load_dtd=False,
            no_network=True,
            dtd_validation=False,
            huge_tree=False,
        )

    def parse(self, raw: bytes) -> SupplierInvoice:
        root = etree.fromstring(raw, parser=self._parser)
        lines = [
            InvoiceLine(
                sku=el.findtext("sku", "").strip(),
                description=el.findtext("description", "").strip(),
                quantity=Decimal(el.findtext("qty", "0")),
                unit_price=Decimal(el.findtext("unitPrice", "0")),
            )
            for el in root.iterfind("./lines/line")
        ]
        invoice = SupplierInvoice(
            supplier=root.findtext("supplier", "").strip(),
            number=root.findtext("number", "").strip(),
            issued=date.fromisoformat(root.findtext("issued", "1970-01-01")),
            lines=lines,
        )
        log.info(
            "parsed invoice %s from %s with %d lines",
            invoice.number, invoice.supplier, len(lines),
        )
        return invoice


def import_attachment(payload: bytes, ledger) -> None:
    invoice = InvoiceParser().parse(payload)
    for line in invoice.lines:
        ledger.add_cost(
            supplier=invoice.supplier,
            invoice=invoice.number,
            sku=line.sku,
            amount=line.total,
            booked_on=invoice.issued,
        )

"""Matches supplier invoices (wax, wicks, jars, fragrance oils) to purchase orders."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

TOLERANCE = Decimal("0.50")


@dataclass(frozen=True)
class InvoiceLine:
    invoice_number: str
    po_reference: str
    sku: str
    quantity: Decimal
    amount: Decimal


@dataclass(frozen=True)
class PoLine:
    po_reference: str
    sku: str
    quantity: Decimal
    amount: Decimal


@dataclass
class Mismatch:
    invoice_number: str
    sku: str
    reason: str


def load_invoice_lines(path: Path) -> list[InvoiceLine]:
    with path.open(newline="") as fh:
        return [
            InvoiceLine(
                invoice_number=row["invoice_no"].strip(),
                po_reference=row["po_ref"].strip().upper(),
                sku=row["sku"].strip().upper(),
                quantity=Decimal(row["qty"]),
                amount=Decimal(row["line_total"]),
            )
            for row in csv.DictReader(fh)
        ]


def _find_po_line(line: InvoiceLine, po_lines: list[PoLine]) -> PoLine | None:
    for po_line in po_lines:
        if po_line.po_reference == line.po_reference and po_line.sku == line.sku:
            return po_line
    return None


def reconcile(invoice_lines: list[InvoiceLine], po_lines: list[PoLine]) -> list[Mismatch]:
    problems: list[Mismatch] = []
    for line in invoice_lines:
        po_line = _find_po_line(line, po_lines)
        if po_line is None:
            problems.append(Mismatch(line.invoice_number, line.sku, "not on any purchase order"))
            continue
        if line.quantity != po_line.quantity:
            problems.append(
                Mismatch(line.invoice_number, line.sku,
                         f"invoiced {line.quantity}, ordered {po_line.quantity}")
            )
        if abs(line.amount - po_line.amount) > TOLERANCE:
            problems.append(
                Mismatch(line.invoice_number, line.sku,
                         f"invoiced {line.amount}, agreed {po_line.amount}")
            )
    return problems


def write_report(problems: list[Mismatch], out: Path) -> None:
    with out.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["invoice_number", "sku", "reason"])
        for p in problems:
            writer.writerow([p.invoice_number, p.sku, p.reason])

"""Matches bank statement lines against open tutoring invoices."""
from __future__ import annotations

import csv
import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StatementLine:
    booked_on: str
    payer: str
    reference: str
    amount: Decimal


@dataclass
class OpenInvoice:
    invoice_id: int
    reference: str
    family_name: str
    total: Decimal
    paid: Decimal = Decimal("0")

    @property
    def outstanding(self) -> Decimal:
        return self.total - self.paid


def read_statement(path: str) -> list[StatementLine]:
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return [
            StatementLine(
                booked_on=row["Date"],
                payer=row["Payer"].strip(),
                reference=row["Reference"].strip().upper(),
                amount=Decimal(row["Amount"].replace(",", "")),
            )
            for row in csv.DictReader(fh)
            if Decimal(row["Amount"].replace(",", "")) > 0
        ]


def reconcile(lines: Iterable[StatementLine], invoices: list[OpenInvoice]):
    matched, unmatched = [], []
    for line in lines:
        invoice = next(
            (inv for inv in invoices if inv.reference.upper() == line.reference), None
        )
        if invoice is None:
            unmatched.append(line)
            continue
        invoice.paid += line.amount
        status = "paid" if invoice.outstanding <= 0 else "part_paid"
        if line.amount != invoice.total and status == "paid":
            log.info("invoice %s settled by %s after earlier part payment", invoice.reference, line.payer)
        matched.append((invoice.invoice_id, line.amount, status))
    return matched, unmatched


def write_report(path: str, matched, unmatched) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["kind", "invoice_id_or_reference", "amount", "status"])
        for invoice_id, amount, status in matched:
            writer.writerow(["matched", invoice_id, amount, status])
        for line in unmatched:
            writer.writerow(["unmatched", line.reference, line.amount, "review"])

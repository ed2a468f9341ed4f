"""Match bank statement lines to outstanding rent invoices.

Some plot holders pay by bank transfer rather than card. The treasurer
exports the council's statement as CSV and this job matches each credit
to an invoice using the payment reference and the amount.
"""
from __future__ import annotations

import csv
import logging
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import psycopg

log = logging.getLogger(__name__)
REF_RE = re.compile(r"\bALT[- ]?(\d{6})\b", re.IGNORECASE)


@dataclass
class StatementLine:
    date: str
    reference: str
    amount: Decimal


@dataclass
class Invoice:
    invoice_no: str
    amount_due: Decimal


def normalise_reference(raw: str) -> str | None:
    m = REF_RE.search(raw)
    return f"ALT-{m.group(1)}" if m else None


def read_statement(path: Path) -> list[StatementLine]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        return [
            StatementLine(r["Date"], r["Reference"], Decimal(r["Credit"] or "0"))
            for r in csv.DictReader(fh)
            if r.get("Credit")
        ]


def match(lines: list[StatementLine], invoices: list[Invoice]) -> list[tuple[StatementLine, Invoice]]:
    matched = []
    for line in lines:
        ref = normalise_reference(line.reference)
        if ref is None:
            continue
        for inv in invoices:
            if inv.invoice_no == ref and inv.amount_due == line.amount:
                matched.append((line, inv))
                break
    return matched


def apply_matches(conninfo: str, statement: Path) -> int:
    with psycopg.connect(conninfo) as conn:
        invoices = [
            Invoice(no, due)
            for no, due in conn.execute(
                "SELECT invoice_no, amount_due FROM rent_invoice WHERE paid_at IS NULL"
            )
        ]
        pairs = match(read_statement(statement), invoices)
        with conn.cursor() as cur:
            for line, inv in pairs:
                cur.execute(
                    "UPDATE rent_invoice SET paid_at = %s, paid_amount = %s, method = 'bacs' "
                    "WHERE invoice_no = %s",
                    (line.date, line.amount, inv.invoice_no),
                )
    log.info("matched %d bank credits to invoices", len(pairs))
    return len(pairs)

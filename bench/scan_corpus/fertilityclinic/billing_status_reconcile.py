"""Nightly reconciliation of invoices against the payment processor.

Compares the clinic's invoice ledger with the processor's settlement report
and flags mismatches (amount, currency, status) for the billing office.
"""
from __future__ import annotations

import csv
import logging
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import create_engine, text

log = logging.getLogger("billing.reconcile")


@dataclass(frozen=True)
class LedgerEntry:
    reference: str
    amount: Decimal
    currency: str
    status: str


@dataclass(frozen=True)
class Mismatch:
    reference: str
    field: str
    ledger_value: str
    processor_value: str


def load_ledger(database_url: str, settlement_date: str) -> dict[str, LedgerEntry]:
    engine = create_engine(database_url, future=True)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT processor_reference, amount, currency, status FROM invoices "
                "WHERE settlement_date = :d"
            ),
            {"d": settlement_date},
        )
        return {r[0]: LedgerEntry(r[0], Decimal(r[1]), r[2], r[3]) for r in rows}


def load_settlement(report: Path) -> dict[str, LedgerEntry]:
    with report.open(newline="") as fh:
        return {
            row["reference"]: LedgerEntry(
                row["reference"], Decimal(row["amount"]), row["currency"].upper(), row["status"]
            )
            for row in csv.DictReader(fh)
        }


def reconcile(ledger: dict[str, LedgerEntry], settled: dict[str, LedgerEntry]) -> list[Mismatch]:
    problems: list[Mismatch] = []
    for reference, ours in ledger.items():
        theirs = settled.get(reference)
        if theirs is None:
            problems.append(Mismatch(reference, "missing", ours.status, ""))
            continue
        for attr in ("amount", "currency", "status"):
            if getattr(ours, attr) != getattr(theirs, attr):
                problems.append(
                    Mismatch(reference, attr, str(getattr(ours, attr)), str(getattr(theirs, attr)))
                )
    for reference in settled.keys() - ledger.keys():
        problems.append(Mismatch(reference, "unknown_to_ledger", "", settled[reference].status))
    return problems


def write_report(problems: list[Mismatch], out: Path) -> None:
    with out.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["reference", "field", "ledger", "processor"])
        for p in problems:
            writer.writerow([p.reference, p.field, p.ledger_value, p.processor_value])
    log.info("reconciliation finished with %d mismatches, report at %s", len(problems), out)

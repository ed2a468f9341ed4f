"""Matches lines of the bank's daily statement against payouts the escrow service submitted."""
from __future__ import annotations

import csv
import logging
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StatementLine:
    bank_reference: str
    end_to_end_id: str
    amount: Decimal
    currency: str


@dataclass(frozen=True)
class SubmittedPayout:
    payout_id: int
    bank_reference: str
    amount: Decimal
    currency: str


def read_statement(path: Path) -> list[StatementLine]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [
            StatementLine(r["BankRef"].strip(), r["EndToEndId"].strip(), Decimal(r["Amount"]), r["Ccy"].upper())
            for r in csv.DictReader(fh)
            if r.get("Direction") == "DEBIT"
        ]


def load_open_payouts(engine: Engine) -> dict[str, SubmittedPayout]:
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, bank_reference, amount, currency FROM payouts WHERE state = 'submitted'")
        ).all()
    return {r.bank_reference: SubmittedPayout(r.id, r.bank_reference, r.amount, r.currency) for r in rows}


def reconcile(engine: Engine, statement: Path) -> tuple[list[int], list[str]]:
    payouts = load_open_payouts(engine)
    matched: list[int] = []
    unmatched: list[str] = []
    for line in read_statement(statement):
        payout = payouts.get(line.bank_reference)
        if payout is not None and payout.amount == line.amount and payout.currency == line.currency:
            matched.append(payout.payout_id)
        else:
            unmatched.append(line.bank_reference)
    if matched:
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE payouts SET state = 'settled' WHERE id = ANY(:ids)"),
                {"ids": matched},
            )
    log.info("reconciled %d payouts, %d statement lines unmatched", len(matched), len(unmatched))
    return matched, unmatched

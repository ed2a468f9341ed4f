"""Nightly export of approved claim payouts for the disbursement bank.

Collects payouts approved since the last run, writes them in the bank's CSV
layout and hands the file to the transfer agent, which signs and uploads it.
"""
from __future__ import annotations

import csv
import logging
import os
import tempfile
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Callable, Iterable

log = logging.getLogger("payouts.export")

BANK_COLUMNS = ["payment_ref", "payee_name", "iban", "bic", "amount", "currency", "value_date", "narrative"]


def fetch_approved(conn, since: datetime) -> list[dict]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT p.reference, p.payee_name, p.iban, p.bic, p.amount, p.currency, c.claim_number "
            "FROM payouts p JOIN claims c ON c.id = p.claim_id "
            "WHERE p.status = 'APPROVED' AND p.approved_at > %s ORDER BY p.approved_at",
            (since,),
        )
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


def _rows(payouts: Iterable[dict], value_date: date) -> Iterable[list[str]]:
    for p in payouts:
        yield [
            p["reference"],
            p["payee_name"][:70],
            p["iban"].replace(" ", ""),
            p["bic"],
            f"{Decimal(p['amount']):.2f}",
            p["currency"],
            value_date.isoformat(),
            f"CLAIM {p['claim_number']}",
        ]


def export_batch(conn, since: datetime, transfer: Callable[[str, str], None]) -> int:
    payouts = fetch_approved(conn, since)
    if not payouts:
        log.info("no approved payouts since %s", since.isoformat())
        return 0
    path = tempfile.mktemp(prefix="payouts-", suffix=".csv")
    try:
        with open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(BANK_COLUMNS)
            writer.writerows(_rows(payouts, date.today()))
        remote_name = f"PAYOUTS_{datetime.now(timezone.utc):%Y%m%d_%H%M%S}.csv"
        transfer(path, remote_name)
        log.info("exported %d payouts as %s", len(payouts), remote_name)
        return len(payouts)
    finally:
        if os.path.exists(path):
            os.remove(path)

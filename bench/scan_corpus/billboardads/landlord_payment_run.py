"""Monthly lease payment run for billboard site landlords.

Computes what each landlord is owed for the month, opens their bank
details from the vault and sends the payouts.  The run log is read by the
finance team, so it names landlords and amounts but never bank details or
provider credentials.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import psycopg

log = logging.getLogger("lease-payment-run")


@dataclass
class LeaseDue:
    landlord_id: int
    landlord_name: str
    site_code: str
    amount: Decimal
    iban: str


def mask_iban(iban: str) -> str:
    compact = iban.replace(" ", "")
    return f"{compact[:4]}{'*' * max(0, len(compact) - 8)}{compact[-4:]}"


def leases_due(dsn: str, month: date, vault) -> list[LeaseDue]:
    with psycopg.connect(dsn) as conn:
        rows = conn.execute(
            "SELECT l.id, l.name, s.site_code, le.annual_rent, l.iban_enc "
            "FROM leases le JOIN landlords l ON l.id = le.landlord_id "
            "JOIN sites s ON s.id = le.site_id "
            "WHERE le.starts_on <= %s AND (le.ends_on IS NULL OR le.ends_on >= %s)",
            (month, month),
        ).fetchall()
    return [
        LeaseDue(
            landlord_id=r[0],
            landlord_name=r[1],
            site_code=r[2],
            amount=(Decimal(r[3]) / 12).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP),
            iban=vault.open(r[4]),
        )
        for r in rows
    ]


def run(month: date, vault, payout_client) -> Decimal:
    total = Decimal("0")
    for due in leases_due(os.environ["LEASES_DSN"], month, vault):
        reference = f"LEASE-{due.site_code}-{month:%Y%m}"
        payout_id = payout_client.pay(due.landlord_id, due.iban, due.amount, reference)
        log.info(
            "paid %s EUR to %s (landlord %s, account %s) for %s: payout %s",
            due.amount, due.landlord_name, due.landlord_id, mask_iban(due.iban),
            due.site_code, payout_id,
        )
        total += due.amount
    log.info("payment run %s finished, total %s EUR", f"{month:%Y-%m}", total)
    return total

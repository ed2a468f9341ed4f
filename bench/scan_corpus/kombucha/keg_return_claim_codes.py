"""Claim codes for keg deposit refunds.

When a driver scans a returned keg, the account receives a claim code by
e-mail that can be redeemed on the wholesale portal for the deposit.
"""
from __future__ import annotations

import hmac
import secrets
import sqlite3
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal

CLAIM_ALPHABET = string.ascii_uppercase + string.digits
CLAIM_TTL = timedelta(days=60)
DEPOSITS = {"sixtel": Decimal("30.00"), "quarter": Decimal("50.00"), "half": Decimal("75.00")}


@dataclass
class Claim:
    code: str
    account_code: str
    keg_serial: str
    amount: Decimal
    expires_at: datetime

    @classmethod
    def new(cls, account_code: str, keg_serial: str, keg_size: str) -> "Claim":
        code = "".join(secrets.choice(CLAIM_ALPHABET) for _ in range(12))
        return cls(
            code=code,
            account_code=account_code,
            keg_serial=keg_serial,
            amount=DEPOSITS[keg_size],
            expires_at=datetime.now(timezone.utc) + CLAIM_TTL,
        )


class ClaimLedger:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def issue(self, account_code: str, keg_serial: str, keg_size: str) -> Claim:
        claim = Claim.new(account_code, keg_serial, keg_size)
        self.conn.execute(
            "INSERT INTO deposit_claims (code, account_code, keg_serial, amount, expires_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (claim.code, account_code, keg_serial, str(claim.amount), claim.expires_at.isoformat()),
        )
        self.conn.commit()
        return claim

    def redeem(self, account_code: str, code: str) -> Decimal:
        now = datetime.now(timezone.utc)
        rows = self.conn.execute(
            "SELECT code, amount, expires_at FROM deposit_claims"
            " WHERE account_code = ? AND redeemed_at IS NULL",
            (account_code,),
        ).fetchall()
        for stored, amount, expires_at in rows:
            if datetime.fromisoformat(expires_at) < now:
                continue
            if hmac.compare_digest(stored, code.strip().upper()):
                self.conn.execute(
                    "UPDATE deposit_claims SET redeemed_at = ? WHERE code = ?",
                    (now.isoformat(), stored),
                )
                self.conn.commit()
                return Decimal(amount)
        raise LookupError("no matching open claim")

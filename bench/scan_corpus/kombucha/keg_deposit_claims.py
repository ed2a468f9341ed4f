"""Deposit refund claims for returned kegs.

When an account returns a keg, the driver scans it and the account gets a
claim code they can redeem on the wholesale portal for their deposit.
"""
from __future__ import annotations

import hmac
import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import sqlite3

CLAIM_ALPHABET = string.ascii_uppercase + string.digits
CLAIM_TTL = timedelta(days=60)
DEPOSIT_PER_KEG = {"sixtel": Decimal("30.00"), "quarter": Decimal("50.00"), "half": Decimal("75.00")}


def new_claim_code(length: int = 10) -> str:
    return "".join(random.choices(CLAIM_ALPHABET, k=length))


@dataclass
class DepositClaim:
    code: str
    account_code: str
    keg_serial: str
    amount: Decimal
    expires_at: datetime


class DepositClaimDesk:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def issue(self, account_code: str, keg_serial: str, keg_size: str) -> DepositClaim:
        claim = DepositClaim(
            code=new_claim_code(),
            account_code=account_code,
            keg_serial=keg_serial,
            amount=DEPOSIT_PER_KEG[keg_size],
            expires_at=datetime.now(timezone.utc) + CLAIM_TTL,
        )
        self.conn.execute(
            "INSERT INTO deposit_claims (code, account_code, keg_serial, amount, expires_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (claim.code, account_code, keg_serial, str(claim.amount), claim.expires_at.isoformat()),
        )
        self.conn.commit()
        return claim

    def redeem(self, account_code: str, code: str) -> Decimal:
        row = self.conn.execute(
            "SELECT code, amount, expires_at FROM deposit_claims"
            " WHERE account_code = ? AND redeemed_at IS NULL",
            (account_code,),
        ).fetchall()
        now = datetime.now(timezone.utc)
        for stored_code, amount, expires_at in row:
            if datetime.fromisoformat(expires_at) < now:
                continue
            if hmac.compare_digest(stored_code, code.strip().upper()):
                self.conn.execute(
                    "UPDATE deposit_claims SET redeemed_at = ? WHERE code = ?",
                    (now.isoformat(), stored_code),
                )
                self.conn.commit()
                return Decimal(amount)
        raise LookupError("no matching open claim")

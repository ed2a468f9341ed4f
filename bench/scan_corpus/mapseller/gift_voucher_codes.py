"""Gift vouchers sold in the shop and at fairs (redeemable against any print)."""
from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

VOUCHER_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
VOUCHER_GROUPS = 4
GROUP_LEN = 4
VALIDITY = timedelta(days=730)

_sysrand = secrets.SystemRandom()


@dataclass
class Voucher:
    code: str
    amount: Decimal
    expires: date
    purchaser_email: str


def _group() -> str:
    return "".join(_sysrand.choice(VOUCHER_ALPHABET) for _ in range(GROUP_LEN))


def new_voucher_code() -> str:
    return "-".join(_group() for _ in range(VOUCHER_GROUPS))


def sell_voucher(conn: sqlite3.Connection, amount: Decimal, purchaser_email: str) -> Voucher:
    if amount <= 0 or amount > Decimal("5000"):
        raise ValueError("voucher amount out of range")
    voucher = Voucher(
        code=new_voucher_code(),
        amount=amount.quantize(Decimal("0.01")),
        expires=date.today() + VALIDITY,
        purchaser_email=purchaser_email,
    )
    pence = int(voucher.amount * 100)
    conn.execute(
        "INSERT INTO vouchers (code, amount_pence, expires, purchaser_email, balance_pence) "
        "VALUES (?, ?, ?, ?, ?)",
        (voucher.code, pence, voucher.expires.isoformat(), voucher.purchaser_email, pence),
    )
    conn.commit()
    return voucher


def balance(conn: sqlite3.Connection, code: str) -> Decimal | None:
    row = conn.execute(
        "SELECT balance_pence, expires FROM vouchers WHERE code = ?", (code.strip().upper(),)
    ).fetchone()
    if row is None or date.fromisoformat(row[1]) < date.today():
        return None
    return Decimal(row[0]) / 100

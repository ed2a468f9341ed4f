"""Gift vouchers for the tack shop: issue printable codes and redeem them at checkout."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import sqlite3
from dataclasses import dataclass
from decimal import Decimal

VOUCHER_KEY = os.environ["VOUCHER_SIGNING_KEY"].encode("utf-8")


@dataclass
class Voucher:
    serial: str
    amount: Decimal
    status: str


def _tag(serial: str) -> str:
    mac = hmac.new(VOUCHER_KEY, serial.encode("ascii"), hashlib.sha256).digest()
    return base64.b32encode(mac[:10]).decode("ascii")


def issue_code(db: sqlite3.Connection, amount: Decimal) -> str:
    serial = secrets.token_hex(5).upper()
    db.execute(
        "INSERT INTO vouchers (serial, amount, status) VALUES (?, ?, 'active')",
        (serial, str(amount)),
    )
    db.commit()
    return f"{serial}-{_tag(serial)}"


def redeem(db: sqlite3.Connection, code: str, order_number: str) -> Decimal:
    serial, _, tag = code.strip().upper().partition("-")
    if not hmac.compare_digest(tag.encode("ascii"), _tag(serial).encode("ascii")):
        raise ValueError("voucher code not recognised")
    row = db.execute(
        "SELECT serial, amount, status FROM vouchers WHERE serial = ?", (serial,)
    ).fetchone()
    if row is None:
        raise ValueError("voucher code not recognised")
    voucher = Voucher(row[0], Decimal(row[1]), row[2])
    if voucher.status != "active":
        raise ValueError(f"voucher already {voucher.status}")
    db.execute(
        "UPDATE vouchers SET status = 'redeemed', order_number = ? WHERE serial = ?",
        (order_number, serial),
    )
    db.commit()
    return voucher.amount

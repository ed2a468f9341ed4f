"""Trade portal account registration and login for builders' merchants and roofers."""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

DB_PATH = os.environ.get("COPPER_PORTAL_DB", "/var/lib/copperbeater/portal.db")
DISCOUNT_BANDS = ("A", "B", "C")


@dataclass
class TradeAccount:
    account_id: int
    company: str
    email: str
    discount_band: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _digest(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


def register_trade_account(company: str, email: str, password: str, band: str = "B") -> int:
    if band not in DISCOUNT_BANDS:
        raise ValueError(f"unknown discount band {band!r}")
    if len(password) < 10:
        raise ValueError("password must be at least 10 characters")
    salt = os.urandom(16)
    with _connect() as conn:
        cur = conn.execute(
            "INSERT INTO trade_accounts (company, email, pw_salt, pw_hash, discount_band) "
            "VALUES (?, ?, ?, ?, ?)",
            (company, email.strip().lower(), salt.hex(), _digest(password, salt), band),
        )
        return cur.lastrowid


def authenticate(email: str, password: str) -> Optional[TradeAccount]:
    with _connect() as conn:
        row = conn.execute(
            "SELECT id, company, email, pw_salt, pw_hash, discount_band "
            "FROM trade_accounts WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
    if row is None:
        return None
    candidate = _digest(password, bytes.fromhex(row["pw_salt"]))
    if not hmac.compare_digest(candidate, row["pw_hash"]):
        return None
    return TradeAccount(row["id"], row["company"], row["email"], row["discount_band"])

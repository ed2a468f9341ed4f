"""Account storage for the wholesale portal (haberdashers, tailors, retail buyers)."""
from __future__ import annotations

import hashlib as hl
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

DB_PATH = os.environ.get("WHOLESALE_DB", "/var/lib/buttonworks/wholesale.db")


@dataclass
class BuyerAccount:
    id: int
    email: str
    company: str
    price_tier: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _digest(password: str, salt: bytes) -> str:
    return hl.sha256(salt + password.encode("utf-8")).hexdigest()


class BuyerAccountStore:
    def __init__(self, connect=_connect):
        self._connect = connect

    def register(self, email: str, company: str, password: str, price_tier: str = "B") -> int:
        salt = os.urandom(16)
        with self._connect() as conn:
            cur = conn.execute(
                "INSERT INTO buyers (email, company, price_tier, pw_salt, pw_hash) "
                "VALUES (?, ?, ?, ?, ?)",
                (email.lower(), company, price_tier, salt.hex(), _digest(password, salt)),
            )
            return cur.lastrowid

    def authenticate(self, email: str, password: str) -> Optional[BuyerAccount]:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT id, email, company, price_tier, pw_salt, pw_hash FROM buyers WHERE email = ?",
                (email.lower(),),
            ).fetchone()
        if row is None:
            return None
        candidate = _digest(password, bytes.fromhex(row["pw_salt"]))
        if not hmac.compare_digest(candidate, row["pw_hash"]):
            return None
        return BuyerAccount(row["id"], row["email"], row["company"], row["price_tier"])

    def change_tier(self, buyer_id: int, tier: str) -> None:
        if tier not in {"A", "B", "C"}:
            raise ValueError(f"unknown price tier {tier!r}")
        with self._connect() as conn:
            conn.execute("UPDATE buyers SET price_tier = ? WHERE id = ?", (tier, buyer_id))

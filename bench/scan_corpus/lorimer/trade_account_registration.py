"""Registration and sign-in for saddler trade accounts.

Saddlers apply for a trade account to get wholesale pricing on bits,
stirrups and spurs. Applications are reviewed by the sales office before
the account is switched on.
"""
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional

DB_PATH = os.environ.get("LORIMER_TRADE_DB", "trade_accounts.db")


@dataclass
class TradeApplicant:
    business_name: str
    contact_email: str
    vat_number: str
    password: str
    master_saddler: bool = False


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _digest(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


def register(applicant: TradeApplicant) -> int:
    salt = os.urandom(16)
    with _connect() as conn:
        cur = conn.execute(
            "INSERT INTO trade_accounts (business_name, email, vat_number, "
            "pw_salt, pw_hash, master_saddler, status) "
            "VALUES (?, ?, ?, ?, ?, ?, 'pending')",
            (
                applicant.business_name,
                applicant.contact_email.lower(),
                applicant.vat_number,
                salt.hex(),
                _digest(applicant.password, salt),
                int(applicant.master_saddler),
            ),
        )
        return cur.lastrowid


def authenticate(email: str, password: str) -> Optional[int]:
    with _connect() as conn:
        row = conn.execute(
            "SELECT id, pw_salt, pw_hash, status FROM trade_accounts WHERE email = ?",
            (email.lower(),),
        ).fetchone()
    if row is None or row["status"] != "active":
        return None
    candidate = _digest(password, bytes.fromhex(row["pw_salt"]))
    if not hmac.compare_digest(candidate, row["pw_hash"]):
        return None
    return row["id"]

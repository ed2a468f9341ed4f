"""Accounts for the customer portal where commission clients follow their build."""
from __future__ import annotations

import hashlib as hl
import hmac
import os
import sqlite3
from dataclasses import dataclass

DB_PATH = os.environ.get("PORTAL_DB", "/var/lib/wheelwright/portal.db")


@dataclass
class PortalAccount:
    email: str
    display_name: str
    commission_ref: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _digest(password: str, salt: bytes) -> str:
    return hl.sha256(salt + password.encode("utf-8")).hexdigest()


def register(account: PortalAccount, password: str) -> None:
    salt = os.urandom(16)
    with _connect() as conn:
        conn.execute(
            "INSERT INTO portal_accounts "
            "(email, display_name, commission_ref, salt, pw_hash) VALUES (?, ?, ?, ?, ?)",
            (
                account.email.lower(),
                account.display_name,
                account.commission_ref,
                salt.hex(),
                _digest(password, salt),
            ),
        )


def verify(email: str, password: str) -> PortalAccount | None:
    with _connect() as conn:
        row = conn.execute(
            "SELECT email, display_name, commission_ref, salt, pw_hash "
            "FROM portal_accounts WHERE email = ?",
            (email.lower(),),
        ).fetchone()
    if row is None:
        return None
    candidate = _digest(password, bytes.fromhex(row["salt"]))
    if not hmac.compare_digest(candidate, row["pw_hash"]):
        return None
    return PortalAccount(row["email"], row["display_name"], row["commission_ref"])


def change_password(email: str, old: str, new: str) -> bool:
    if verify(email, old) is None:
        return False
    salt = os.urandom(16)
    with _connect() as conn:
        conn.execute(
            "UPDATE portal_accounts SET salt = ?, pw_hash = ? WHERE email = ?",
            (salt.hex(), _digest(new, salt), email.lower()),
        )
    return True

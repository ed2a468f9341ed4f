"""Customer portal account management for commission clients.

Clients who commission a new wagon or bring a carriage in for restoration
get a portal login so they can follow progress and approve quotes.
"""
from __future__ import annotations

import hashlib as hl
import hmac
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone

DB_PATH = os.environ.get("PORTAL_DB", "/var/lib/wainwright/portal.sqlite3")
SALT_BYTES = 16


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
    return hl.sha512(salt + password.encode("utf-8")).hexdigest()


def create_account(account: PortalAccount, password: str) -> None:
    if len(password) < 10:
        raise ValueError("password must be at least 10 characters")
    salt = os.urandom(SALT_BYTES)
    with _connect() as conn:
        conn.execute(
            "INSERT INTO portal_accounts"
            " (email, display_name, commission_ref, salt, pw_hash, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                account.email.strip().lower(),
                account.display_name,
                account.commission_ref,
                salt.hex(),
                _digest(password, salt),
                datetime.now(timezone.utc).isoformat(),
            ),
        )


def check_login(email: str, password: str) -> bool:
    with _connect() as conn:
        row = conn.execute(
            "SELECT salt, pw_hash FROM portal_accounts WHERE email = ?",
            (email.strip().lower(),),
        ).fetchone()
    if row is None:
        return False
    candidate = _digest(password, bytes.fromhex(row["salt"]))
    return hmac.compare_digest(candidate, row["pw_hash"])


def change_password(email: str, old: str, new: str) -> bool:
    if not check_login(email, old):
        return False
    salt = os.urandom(SALT_BYTES)
    with _connect() as conn:
        conn.execute(
            "UPDATE portal_accounts SET salt = ?, pw_hash = ? WHERE email = ?",
            (salt.hex(), _digest(new, salt), email.strip().lower()),
        )
    return True

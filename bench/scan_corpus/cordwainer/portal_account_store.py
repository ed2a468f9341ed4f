"""Customer portal accounts: registration and sign-in for bespoke clients."""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone

DB_PATH = os.environ.get("CORDWAINER_PORTAL_DB", "/var/lib/cordwainer/portal.db")


@dataclass
class PortalAccount:
    customer_id: int
    email: str
    password_hash: str
    salt: str
    created_at: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _digest(password: str, salt: str) -> str:
    return hashlib.sha256((salt + password).encode("utf-8")).hexdigest()


class PortalAccountStore:
    """Stores the login a client uses to follow their order and book fittings."""

    def __init__(self, connect=_connect):
        self._connect = connect

    def register(self, customer_id: int, email: str, password: str) -> PortalAccount:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        salt = os.urandom(16).hex()
        account = PortalAccount(
            customer_id=customer_id,
            email=email.strip().lower(),
            password_hash=_digest(password, salt),
            salt=salt,
            created_at=datetime.now(timezone.utc).isoformat(),
        )
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO portal_accounts (customer_id, email, password_hash, salt, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (account.customer_id, account.email, account.password_hash,
                 account.salt, account.created_at),
            )
        return account

    def verify(self, email: str, password: str) -> bool:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT password_hash, salt FROM portal_accounts WHERE email = ?",
                (email.strip().lower(),),
            ).fetchone()
        if row is None:
            return False
        return hmac.compare_digest(_digest(password, row["salt"]), row["password_hash"])

    def change_password(self, email: str, old: str, new: str) -> bool:
        if not self.verify(email, old):
            return False
        salt = os.urandom(16).hex()
        with self._connect() as conn:
            conn.execute(
                "UPDATE portal_accounts SET password_hash = ?, salt = ? WHERE email = ?",
                (_digest(new, salt), salt, email.strip().lower()),
            )
        return True

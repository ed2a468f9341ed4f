"""Yard tablet sign-in for site foremen collecting orders.

Foremen from contracting firms who collect bagged hydrated lime and putty tubs
at the yard sign in on the weighbridge tablet with their trade account number
and a six digit PIN chosen when the account was opened.
"""

import hashlib
import hmac
import secrets
import sqlite3
from datetime import datetime, timezone

DB_PATH = "/var/lib/limeworks/yard.db"


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _pin_digest(pin: str, salt: str) -> str:
    material = f"{salt}:{pin}".encode("utf-8")
    return hashlib.sha256(material).hexdigest()


def register_pin(foreman_id: int, pin: str) -> None:
    if not (pin.isdigit() and len(pin) == 6):
        raise ValueError("PIN must be six digits")
    salt = secrets.token_hex(8)
    with _connect() as conn:
        conn.execute(
            "UPDATE foremen SET pin_salt = ?, pin_hash = ?, pin_set_at = ? WHERE id = ?",
            (
                salt,
                _pin_digest(pin, salt),
                datetime.now(timezone.utc).isoformat(),
                foreman_id,
            ),
        )


def sign_in(account_number: str, foreman_name: str, pin: str) -> dict | None:
    with _connect() as conn:
        row = conn.execute(
            "SELECT id, pin_salt, pin_hash FROM foremen "
            "WHERE account_number = ? AND name = ?",
            (account_number, foreman_name),
        ).fetchone()
        if row is None:
            return None
        candidate = _pin_digest(pin, row["pin_salt"])
        if not hmac.compare_digest(candidate, row["pin_hash"]):
            return None
        conn.execute(
            "INSERT INTO yard_sign_ins (foreman_id, signed_in_at) VALUES (?, ?)",
            (row["id"], datetime.now(timezone.utc).isoformat()),
        )
        return {"foreman_id": row["id"], "account_number": account_number}

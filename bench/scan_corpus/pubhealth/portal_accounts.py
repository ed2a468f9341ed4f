"""Staff portal account store for the bed-management dashboard."""
import hashlib
import os
import sqlite3
from dataclasses import dataclass


@dataclass
class StaffAccount:
    username: str
    ward: str
    password_hash: str
    salt: str


def _digest(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


def create_account(conn: sqlite3.Connection, username: str, ward: str, password: str) -> StaffAccount:
    salt = os.urandom(16)
    acct = StaffAccount(username, ward, _digest(password, salt), salt.hex())
    conn.execute(
        "INSERT INTO staff_accounts (username, ward, password_hash, salt) VALUES (?, ?, ?, ?)",
        (acct.username, acct.ward, acct.password_hash, acct.salt),
    )
    conn.commit()
    return acct


def check_login(conn: sqlite3.Connection, username: str, password: str) -> bool:
    row = conn.execute(
        "SELECT password_hash, salt FROM staff_accounts WHERE username = ?", (username,)
    ).fetchone()
    if row is None:
        return False
    stored, salt_hex = row
    import hmac
    return hmac.compare_digest(stored, _digest(password, bytes.fromhex(salt_hex)))

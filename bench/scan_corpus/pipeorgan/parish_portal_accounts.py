"""Parish client portal accounts.

Churchwardens, vergers and concert-hall managers log in to the client portal to
see upcoming tuning visits, approve restoration quotes and download invoices.
This module creates portal accounts and checks passwords at login.
"""
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


class PortalSettings:
    DB_PATH = os.environ.get("PORTAL_DB", "/var/lib/organworks/portal.db")
    HASH_NAME = "sha256"
    HASH_ROUNDS = 40_000
    SALT_BYTES = 16


@dataclass
class ParishAccount:
    account_id: int
    parish_name: str
    email: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(PortalSettings.DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(
        PortalSettings.HASH_NAME,
        password.encode("utf-8"),
        salt,
        PortalSettings.HASH_ROUNDS,
    )


def create_account(parish_name: str, email: str, password: str) -> ParishAccount:
    salt = os.urandom(PortalSettings.SALT_BYTES)
    digest = _derive(password, salt)
    with _connect() as conn:
        cur = conn.execute(
            "INSERT INTO parish_accounts (parish_name, email, pw_salt, pw_hash) "
            "VALUES (?, ?, ?, ?)",
            (parish_name, email.lower(), salt.hex(), digest.hex()),
        )
        return ParishAccount(cur.lastrowid, parish_name, email.lower())


def authenticate(email: str, password: str) -> ParishAccount | None:
    with _connect() as conn:
        row = conn.execute(
            "SELECT account_id, parish_name, email, pw_salt, pw_hash "
            "FROM parish_accounts WHERE email = ?",
            (email.lower(),),
        ).fetchone()
    if row is None:
        return None
    candidate = _derive(password, bytes.fromhex(row["pw_salt"]))
    if not hmac.compare_digest(candidate.hex(), row["pw_hash"]):
        return None
    return ParishAccount(row["account_id"], row["parish_name"], row["email"])


def change_password(account_id: int, new_password: str) -> None:
    salt = os.urandom(PortalSettings.SALT_BYTES)
    digest = _derive(new_password, salt)
    with _connect() as conn:
        conn.execute(
            "UPDATE parish_accounts SET pw_salt = ?, pw_hash = ? WHERE account_id = ?",
            (salt.hex(), digest.hex(), account_id),
        )

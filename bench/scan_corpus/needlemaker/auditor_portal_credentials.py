"""Credential handling for external auditor accounts.

Notified-body auditors receive time-boxed accounts to pull exports of the
device history records; their passwords are stored in the audit schema.
"""
import base64
import hashlib
import hmac
import secrets
from datetime import datetime, timedelta, timezone

import psycopg

from needlemaker.config import settings

ACCOUNT_LIFETIME = timedelta(days=settings.AUDITOR_ACCOUNT_DAYS)


def derive_key(password: str, salt: bytes, n: int = 2 ** 10, r: int = 1, p: int = 1) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)


def _pack(salt: bytes, key: bytes) -> str:
    return "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(key).decode()


def _unpack(stored: str) -> tuple:
    _, salt_b64, key_b64 = stored.split("$")
    return base64.b64decode(salt_b64), base64.b64decode(key_b64)


def create_auditor(conn: psycopg.Connection, email: str, password: str, audit_ref: str) -> None:
    salt = secrets.token_bytes(16)
    stored = _pack(salt, derive_key(password, salt))
    expires = datetime.now(timezone.utc) + ACCOUNT_LIFETIME
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO audit.auditor_accounts (email, credential, audit_ref, expires_at) "
            "VALUES (%s, %s, %s, %s)",
            (email.lower(), stored, audit_ref, expires),
        )
    conn.commit()


def authenticate_auditor(conn: psycopg.Connection, email: str, password: str) -> bool:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT credential, expires_at FROM audit.auditor_accounts WHERE email = %s",
            (email.lower(),),
        )
        row = cur.fetchone()
    if row is None:
        return False
    stored, expires_at = row
    if expires_at < datetime.now(timezone.utc):
        return False
    salt, expected = _unpack(stored)
    return hmac.compare_digest(derive_key(password, salt), expected)

"""Account storage for the museum client portal.

Registrars and collection managers from lending institutions log in to the
portal to follow treatment progress on their frames and to download the
condition reports we issue.  Accounts live in the studio Postgres database.
"""
from __future__ import annotations

import hashlib as hl
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timezone

import psycopg2
from psycopg2.extras import RealDictCursor

SALT_BYTES = 16


@dataclass
class PortalAccount:
    email: str
    institution: str
    password_hash: str
    salt: str
    created_at: datetime


def _digest(password: str, salt: bytes) -> str:
    return hl.sha256(salt + password.encode("utf-8")).hexdigest()


class PortalAccountStore:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def _connect(self):
        return psycopg2.connect(self._dsn, cursor_factory=RealDictCursor)

    def create(self, email: str, institution: str, password: str) -> PortalAccount:
        salt = os.urandom(SALT_BYTES)
        account = PortalAccount(
            email=email.strip().lower(),
            institution=institution,
            password_hash=_digest(password, salt),
            salt=salt.hex(),
            created_at=datetime.now(timezone.utc),
        )
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO portal_accounts"
                " (email, institution, password_hash, salt, created_at)"
                " VALUES (%s, %s, %s, %s, %s)",
                (account.email, account.institution, account.password_hash,
                 account.salt, account.created_at),
            )
        return account

    def verify(self, email: str, password: str) -> bool:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT password_hash, salt FROM portal_accounts WHERE email = %s",
                (email.strip().lower(),),
            )
            row = cur.fetchone()
        if row is None:
            return False
        candidate = _digest(password, bytes.fromhex(row["salt"]))
        return hmac.compare_digest(candidate, row["password_hash"])

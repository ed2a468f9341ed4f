"""Account storage for the grower self-service portal.

Growers log in to see their delivered tonnage, grading results and
remittance advice. Credentials live in the ``grower_accounts`` table.
"""
import base64
import hashlib as hl
import hmac
import os
from dataclasses import dataclass
from typing import Optional

import psycopg2
from psycopg2.extras import RealDictCursor

HASH_SETTINGS = {
    "digest": "sha256",
    "rounds": 120_000,
    "salt_bytes": 16,
}


@dataclass
class GrowerAccount:
    grower_id: int
    email: str
    password_hash: str
    active: bool


def _derive(password: str, salt: bytes, settings: dict = HASH_SETTINGS) -> bytes:
    return hl.pbkdf2_hmac(settings["digest"], password.encode("utf-8"), salt, settings["rounds"])


def encode_password(password: str) -> str:
    salt = os.urandom(HASH_SETTINGS["salt_bytes"])
    digest = _derive(password, salt)
    return "pbkdf2${}${}".format(
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    )


def check_password(password: str, stored: str) -> bool:
    try:
        _, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    return hmac.compare_digest(_derive(password, salt), expected)


class GrowerAccountStore:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def _connect(self):
        return psycopg2.connect(self._dsn, cursor_factory=RealDictCursor)

    def find_by_email(self, email: str) -> Optional[GrowerAccount]:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT grower_id, email, password_hash, active "
                "FROM grower_accounts WHERE lower(email) = lower(%s)",
                (email,),
            )
            row = cur.fetchone()
        return GrowerAccount(**row) if row else None

    def set_password(self, grower_id: int, password: str) -> None:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "UPDATE grower_accounts SET password_hash = %s WHERE grower_id = %s",
                (encode_password(password), grower_id),
            )

    def authenticate(self, email: str, password: str) -> Optional[GrowerAccount]:
        account = self.find_by_email(email)
        if account is None or not account.active:
            return None
        if not check_password(password, account.password_hash):
            return None
        return account

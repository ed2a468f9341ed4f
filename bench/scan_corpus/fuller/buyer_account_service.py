"""Account storage for wholesale buyers (cloth merchants, tailoring houses)."""
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

import psycopg2

SCRYPT_N = 2 ** 15
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 64 * 1024 * 1024


@dataclass
class Buyer:
    id: int
    email: str
    company: str


class BuyerAccounts:
    def __init__(self, dsn: Optional[str] = None):
        self._dsn = dsn or os.environ["FULLER_PG_DSN"]

    def _conn(self):
        return psycopg2.connect(self._dsn)

    @staticmethod
    def _derive(password: str, salt: bytes) -> bytes:
        return hashlib.scrypt(
            password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
            maxmem=SCRYPT_MAXMEM, dklen=32,
        )

    def create(self, email: str, company: str, password: str) -> int:
        salt = os.urandom(16)
        with self._conn() as conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO buyers (email, company, pw_salt, pw_hash) "
                "VALUES (%s, %s, %s, %s) RETURNING id",
                (email.lower(), company, salt, self._derive(password, salt)),
            )
            return cur.fetchone()[0]

    def authenticate(self, email: str, password: str) -> Optional[Buyer]:
        with self._conn() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT id, email, company, pw_salt, pw_hash FROM buyers WHERE email = %s",
                (email.lower(),),
            )
            row = cur.fetchone()
        if row is None:
            return None
        buyer_id, stored_email, company, salt, stored = row
        if not hmac.compare_digest(self._derive(password, bytes(salt)), bytes(stored)):
            return None
        return Buyer(buyer_id, stored_email, company)

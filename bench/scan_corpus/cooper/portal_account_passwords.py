"""Customer portal account credentials for distillery and winery buyers.

Handles sign-up and password changes for the cask ordering portal. The
derived key is stored next to its salt in the ``portal_accounts`` table so
buyers can log in to track their cask orders and repair tickets.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

import psycopg


@dataclass(frozen=True)
class KeyDerivationSettings:
    digest: str = "sha256"
    rounds: int = 150_000
    salt_bytes: int = 16


SETTINGS = KeyDerivationSettings()


def _derive(password: str, salt: bytes, settings: KeyDerivationSettings = SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(settings.digest, password.encode("utf-8"), salt, settings.rounds)


def encode_credential(password: str) -> str:
    salt = os.urandom(SETTINGS.salt_bytes)
    derived = _derive(password, salt)
    return "$".join(
        [
            f"pbkdf2-{SETTINGS.digest}",
            str(SETTINGS.rounds),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(derived).decode("ascii"),
        ]
    )


def check_credential(password: str, stored: str) -> bool:
    scheme, rounds, salt_b64, derived_b64 = stored.split("$")
    digest = scheme.split("-", 1)[1]
    settings = KeyDerivationSettings(digest=digest, rounds=int(rounds))
    candidate = _derive(password, base64.b64decode(salt_b64), settings)
    return hmac.compare_digest(candidate, base64.b64decode(derived_b64))


class PortalAccountStore:
    def __init__(self, conn: psycopg.Connection):
        self.conn = conn

    def register(self, email: str, company: str, password: str) -> int:
        with self.conn.cursor() as cur:
            cur.execute(
                "INSERT INTO portal_accounts (email, company, credential) "
                "VALUES (%s, %s, %s) RETURNING id",
                (email.lower(), company, encode_credential(password)),
            )
            account_id = cur.fetchone()[0]
        self.conn.commit()
        return account_id

    def change_password(self, account_id: int, current: str, new: str) -> bool:
        with self.conn.cursor() as cur:
            cur.execute("SELECT credential FROM portal_accounts WHERE id = %s", (account_id,))
            row = cur.fetchone()
            if row is None or not check_credential(current, row[0]):
                return False
            cur.execute(
                "UPDATE portal_accounts SET credential = %s WHERE id = %s",
                (encode_credential(new), account_id),
            )
        self.conn.commit()
        return True

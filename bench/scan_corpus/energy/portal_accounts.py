"""Customer portal account storage.

Accounts live in the ``portal_accounts`` table. Password hashes are stored as
``pbkdf2$<rounds>$<salt_hex>$<hash_hex>`` so the cost can be raised later
without a schema change.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine

HASH_NAME = "sha256"
PBKDF2_ROUNDS = 150_000
SALT_BYTES = 16


@dataclass
class PortalAccount:
    account_number: str
    email: str
    password_hash: str


def _derive(password: str, salt: bytes, rounds: int) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, rounds)


def make_password_hash(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, PBKDF2_ROUNDS)
    return f"pbkdf2${PBKDF2_ROUNDS}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    _, rounds, salt_hex, hash_hex = stored.split("$")
    candidate = _derive(password, bytes.fromhex(salt_hex), int(rounds))
    return hmac.compare_digest(candidate.hex(), hash_hex)


class AccountRepository:
    def __init__(self, engine: Engine):
        self.engine = engine

    def create(self, account_number: str, email: str, password: str) -> PortalAccount:
        account = PortalAccount(account_number, email.lower(), make_password_hash(password))
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO portal_accounts (account_number, email, password_hash) "
                    "VALUES (:acct, :email, :pw)"
                ),
                {"acct": account.account_number, "email": account.email, "pw": account.password_hash},
            )
        return account

    def authenticate(self, email: str, password: str) -> PortalAccount | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT account_number, email, password_hash "
                    "FROM portal_accounts WHERE email = :email"
                ),
                {"email": email.lower()},
            ).first()
        if row is None or not check_password(password, row.password_hash):
            return None
        return PortalAccount(*row)

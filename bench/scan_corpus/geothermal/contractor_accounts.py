"""Contractor portal account store.

Contractors who work on the well pads get a portal login so they can pick up
permits-to-work and upload inspection photos.  Accounts live in the shared
Postgres database alongside the maintenance tickets.
"""
from __future__ import annotations

import base64
import hmac
import os
from dataclasses import dataclass
from hashlib import pbkdf2_hmac as _derive

from psycopg import Connection

HASH_NAME = "sha256"
KDF_ROUNDS = 100_000
SALT_BYTES = 16
MIN_PASSWORD_LEN = 12


@dataclass
class ContractorAccount:
    contractor_id: int
    email: str
    password_hash: str
    active: bool = True


class PasswordPolicyError(ValueError):
    pass


def _encode(salt: bytes, digest: bytes) -> str:
    parts = [HASH_NAME, str(KDF_ROUNDS), base64.b64encode(salt).decode(), base64.b64encode(digest).decode()]
    return "$".join(parts)


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LEN:
        raise PasswordPolicyError(f"password must be at least {MIN_PASSWORD_LEN} characters")
    salt = os.urandom(SALT_BYTES)
    digest = _derive(HASH_NAME, password.encode("utf-8"), salt, KDF_ROUNDS)
    return _encode(salt, digest)


def verify_password(password: str, stored: str) -> bool:
    name, rounds, salt_b64, digest_b64 = stored.split("$")
    candidate = _derive(name, password.encode("utf-8"), base64.b64decode(salt_b64), int(rounds))
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def create_account(conn: Connection, contractor_id: int, email: str, password: str) -> ContractorAccount:
    account = ContractorAccount(contractor_id, email.strip().lower(), hash_password(password))
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO contractor_accounts (contractor_id, email, password_hash, active) "
            "VALUES (%s, %s, %s, %s)",
            (account.contractor_id, account.email, account.password_hash, account.active),
        )
    conn.commit()
    return account

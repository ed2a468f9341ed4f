"""Credential handling for the landlord self-service portal.

Landlords log in to see statements, upcoming viewings and offers on their
properties. Accounts live in the ``portal_landlord`` table.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Engine

HASH_NAME = "sha256"
PBKDF2_ITERATIONS = 100_000
SALT_BYTES = 16
MIN_PASSWORD_LENGTH = 10


@dataclass
class LandlordAccount:
    landlord_id: int
    email: str
    password_hash: str


class PasswordTooShort(ValueError):
    pass


def _derive(password: str, salt: bytes, iterations: int = PBKDF2_ITERATIONS) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, iterations)


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordTooShort(f"Passwords need at least {MIN_PASSWORD_LENGTH} characters")
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt)
    return "pbkdf2_sha256${}${}${}".format(
        PBKDF2_ITERATIONS,
        base64.b64encode(salt).decode(),
        base64.b64encode(digest).decode(),
    )


def verify_password(password: str, encoded: str) -> bool:
    _algo, iterations, salt_b64, digest_b64 = encoded.split("$")
    expected = base64.b64decode(digest_b64)
    actual = _derive(password, base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(expected, actual)


def load_account(engine: Engine, email: str) -> LandlordAccount | None:
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT id, email, password_hash FROM portal_landlord WHERE email = :email"),
            {"email": email.strip().lower()},
        ).first()
    if row is None:
        return None
    return LandlordAccount(landlord_id=row.id, email=row.email, password_hash=row.password_hash)


def authenticate(engine: Engine, email: str, password: str) -> LandlordAccount | None:
    account = load_account(engine, email)
    if account is None or not verify_password(password, account.password_hash):
        return None
    return account

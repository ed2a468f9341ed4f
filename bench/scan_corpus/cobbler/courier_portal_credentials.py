"""Credentials for courier partner accounts on the pickup portal.

Courier dispatchers log in to see which stores have parcels waiting.
"""
import base64
import hashlib
import hmac
import os

from cobbler.config import settings
from cobbler.db import courier_accounts

PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16


def encode_password(password: str, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = os.urandom(SALT_BYTES)
    derived = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    return "pbkdf2_sha256${}${}${}".format(
        iterations,
        base64.b64encode(salt).decode(),
        base64.b64encode(derived).decode(),
    )


def verify_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, hash_b64 = encoded.split("$", 3)
    if scheme != "pbkdf2_sha256":
        return False
    derived = hashlib.pbkdf2_hmac(
        "sha256", password.encode(), base64.b64decode(salt_b64), int(iterations)
    )
    return hmac.compare_digest(derived, base64.b64decode(hash_b64))


def create_courier_login(company: str, email: str, password: str) -> int:
    if len(password) < settings.MIN_PARTNER_PASSWORD_LENGTH:
        raise ValueError("password too short")
    return courier_accounts.insert(
        company=company, email=email.lower(), password=encode_password(password)
    )


def login(email: str, password: str) -> dict | None:
    account = courier_accounts.find_by_email(email.lower())
    if account and verify_password(password, account["password"]):
        return account
    return None

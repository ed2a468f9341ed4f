"""Password hashing for online-shop customer accounts.

Stored format: ``pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>``. The
iteration count lives in a settings object so it can be raised; hashes made
with fewer iterations are transparently upgraded at the next login.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class PasswordPolicy:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16
    min_length: int = 10


POLICY = PasswordPolicy()


def _b64e(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def make_password(password: str, policy: PasswordPolicy = POLICY) -> str:
    if len(password) < policy.min_length:
        raise ValueError(f"Password must be at least {policy.min_length} characters")
    salt = secrets.token_bytes(policy.salt_bytes)
    digest = hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)
    return f"pbkdf2_{policy.algorithm}${policy.iterations}${_b64e(salt)}${_b64e(digest)}"


def check_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt, expected = encoded.split("$")
    except ValueError:
        return False
    algorithm = scheme.removeprefix("pbkdf2_")
    digest = hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), _b64d(salt), int(iterations))
    return hmac.compare_digest(digest, _b64d(expected))


def needs_upgrade(encoded: str, policy: PasswordPolicy = POLICY) -> bool:
    scheme, iterations, _, _ = encoded.split("$")
    return scheme != f"pbkdf2_{policy.algorithm}" or int(iterations) < policy.iterations


class CustomerPasswords:
    """Glue between the customer repository and the hashing helpers."""

    def __init__(self, repository) -> None:
        self._repo = repository

    def register(self, email: str, password: str) -> int:
        return self._repo.create_customer(email=email.lower(), password_hash=make_password(password))

    def login(self, email: str, password: str):
        customer = self._repo.find_by_email(email.lower())
        if customer is None or not check_password(password, customer.password_hash):
            return None
        if needs_upgrade(customer.password_hash):
            self._repo.update_password_hash(customer.id, make_password(password))
        return customer

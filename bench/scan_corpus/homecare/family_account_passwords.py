"""Password storage for family portal accounts.

The portal runs on a managed platform without native Argon2 wheels, so
passwords are stored with PBKDF2-HMAC-SHA256 from the standard library
using the iteration count from the current OWASP guidance.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class Pbkdf2Policy:
    digest: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16
    key_bytes: int = 32


POLICY = Pbkdf2Policy()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def make_password(password: str, policy: Pbkdf2Policy = POLICY) -> str:
    salt = secrets.token_bytes(policy.salt_bytes)
    key = hashlib.pbkdf2_hmac(
        policy.digest, password.encode("utf-8"), salt, policy.iterations, dklen=policy.key_bytes
    )
    return f"pbkdf2-{policy.digest}${policy.iterations}${_b64(salt)}${_b64(key)}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations_text, salt_text, key_text = encoded.split("$")
        digest = scheme.split("-", 1)[1]
        iterations = int(iterations_text)
    except (ValueError, IndexError):
        return False
    expected = _unb64(key_text)
    candidate = hashlib.pbkdf2_hmac(
        digest, password.encode("utf-8"), _unb64(salt_text), iterations, dklen=len(expected)
    )
    return hmac.compare_digest(candidate, expected)


def needs_upgrade(encoded: str, policy: Pbkdf2Policy = POLICY) -> bool:
    try:
        scheme, iterations_text, _, _ = encoded.split("$")
    except ValueError:
        return True
    return scheme != f"pbkdf2-{policy.digest}" or int(iterations_text) < policy.iterations


class FamilyPasswordService:
    def __init__(self, repository):
        self.repository = repository

    def register(self, member_id: int, password: str) -> None:
        if len(password) < 12:
            raise ValueError("family portal passwords must be at least 12 characters")
        self.repository.save_password_hash(member_id, make_password(password))

    def login(self, member_id: int, password: str) -> bool:
        encoded = self.repository.password_hash_for(member_id)
        if encoded is None or not verify_password(password, encoded):
            return False
        if needs_upgrade(encoded):
            self.repository.save_password_hash(member_id, make_password(password))
        return True

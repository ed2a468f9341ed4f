"""Password hashing for referring-clinic portal accounts.

The portal runs on a managed platform where only the standard library is
available for crypto, so PBKDF2-HMAC-SHA256 is used at the currently
recommended work factor.  Stored values carry their parameters.
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
    key_length: int = 32


POLICY = Pbkdf2Policy()


def _derive(password: str, salt: bytes, iterations: int, policy: Pbkdf2Policy) -> bytes:
    return hashlib.pbkdf2_hmac(policy.digest, password.encode("utf-8"), salt, iterations, dklen=policy.key_length)


def encode_password(password: str, policy: Pbkdf2Policy = POLICY) -> str:
    salt = secrets.token_bytes(policy.salt_bytes)
    key = _derive(password, salt, policy.iterations, policy)
    return "$".join(
        (
            f"pbkdf2-{policy.digest}",
            str(policy.iterations),
            base64.urlsafe_b64encode(salt).decode(),
            base64.urlsafe_b64encode(key).decode(),
        )
    )


def check_password(password: str, encoded: str, policy: Pbkdf2Policy = POLICY) -> tuple[bool, bool]:
    """Return ``(valid, needs_rehash)`` for ``password`` against ``encoded``."""
    try:
        scheme, iterations_s, salt_s, key_s = encoded.split("$")
        iterations = int(iterations_s)
    except ValueError:
        return False, False
    if scheme != f"pbkdf2-{policy.digest}":
        return False, False
    salt = base64.urlsafe_b64decode(salt_s)
    expected = base64.urlsafe_b64decode(key_s)
    candidate = _derive(password, salt, iterations, policy)
    valid = hmac.compare_digest(candidate, expected)
    return valid, valid and iterations < policy.iterations


class PortalAccountPasswords:
    def __init__(self, repo) -> None:
        self._repo = repo

    def set(self, user_id: int, password: str) -> None:
        self._repo.update_password_hash(user_id, encode_password(password))

    def login(self, email: str, password: str):
        user = self._repo.by_email(email.strip().lower())
        if user is None:
            return None
        valid, needs_rehash = check_password(password, user.password_hash)
        if not valid:
            return None
        if needs_rehash:
            self._repo.update_password_hash(user.id, encode_password(password))
        return user

"""Password hashing for district managers and facility staff on the back-office site."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16
    min_length: int = 12


POLICY = HashPolicy()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def _pbkdf2(password: str, salt: bytes, iterations: int, algorithm: str) -> bytes:
    return hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, iterations)


def make_password(password: str, policy: HashPolicy = POLICY) -> str:
    if len(password) < policy.min_length:
        raise ValueError(f"staff passwords need at least {policy.min_length} characters")
    salt = secrets.token_bytes(policy.salt_bytes)
    derived = _pbkdf2(password, salt, policy.iterations, policy.algorithm)
    return f"pbkdf2_{policy.algorithm}${policy.iterations}${_b64(salt)}${_b64(derived)}"


def check_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt, expected = encoded.split("$", 3)
    except ValueError:
        return False
    algorithm = scheme.removeprefix("pbkdf2_")
    derived = _pbkdf2(password, _unb64(salt), int(iterations), algorithm)
    return hmac.compare_digest(derived, _unb64(expected))


def needs_upgrade(encoded: str, policy: HashPolicy = POLICY) -> bool:
    scheme, iterations, _salt, _hash = encoded.split("$", 3)
    return scheme != f"pbkdf2_{policy.algorithm}" or int(iterations) < policy.iterations


class StaffPasswordService:
    def __init__(self, repo) -> None:
        self._repo = repo

    def login(self, username: str, password: str) -> bool:
        encoded = self._repo.password_hash_for(username)
        if encoded is None or not check_password(password, encoded):
            return False
        if needs_upgrade(encoded):
            self._repo.store_password_hash(username, make_password(password))
        return True

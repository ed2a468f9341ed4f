"""Password hashing and policy checks for the owner portal."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class Pbkdf2Policy:
    algorithm: str = "sha256"
    iterations: int = 720_000
    salt_bytes: int = 16
    min_length: int = 12


POLICY = Pbkdf2Policy()

_COMMON = {"password1234", "shepherdhut1", "qwertyuiop12", "letmein12345"}


class WeakPasswordError(ValueError):
    pass


def check_policy(password: str, email: str, policy: Pbkdf2Policy = POLICY) -> None:
    if len(password) < policy.min_length:
        raise WeakPasswordError(f"use at least {policy.min_length} characters")
    if password.lower() in _COMMON:
        raise WeakPasswordError("that password is too common")
    if email and email.split("@")[0].lower() in password.lower():
        raise WeakPasswordError("password must not contain your email name")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str, policy: Pbkdf2Policy = POLICY) -> str:
    salt = secrets.token_bytes(policy.salt_bytes)
    digest = hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)
    return f"pbkdf2_{policy.algorithm}${policy.iterations}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, iterations, salt, digest = encoded.split("$")
    except ValueError:
        return False
    algorithm = scheme.removeprefix("pbkdf2_")
    candidate = hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), _unb64(salt), int(iterations))
    return hmac.compare_digest(candidate, _unb64(digest))


def needs_rehash(encoded: str, policy: Pbkdf2Policy = POLICY) -> bool:
    try:
        scheme, iterations, _salt, _digest = encoded.split("$")
    except ValueError:
        return True
    return scheme != f"pbkdf2_{policy.algorithm}" or int(iterations) < policy.iterations

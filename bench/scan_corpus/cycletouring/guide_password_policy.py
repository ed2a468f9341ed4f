"""Password hashing and policy checks for staff accounts in the back office."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

ENCODING_PREFIX = "pbkdf2_sha256"


@dataclass(frozen=True)
class Pbkdf2Policy:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16
    min_length: int = 12


POLICY = Pbkdf2Policy()


class WeakPasswordError(ValueError):
    pass


def check_policy(password: str, email: str, policy: Pbkdf2Policy = POLICY) -> None:
    if len(password) < policy.min_length:
        raise WeakPasswordError(f"use at least {policy.min_length} characters")
    local_part = email.split("@", 1)[0].lower()
    if local_part and local_part in password.lower():
        raise WeakPasswordError("password must not contain your e-mail name")


def hash_password(password: str, policy: Pbkdf2Policy = POLICY) -> str:
    salt = os.urandom(policy.salt_bytes)
    digest = hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)
    return f"{ENCODING_PREFIX}${policy.iterations}${salt.hex()}${digest.hex()}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        prefix, iterations, salt_hex, digest_hex = encoded.split("$")
    except ValueError:
        return False
    if prefix != ENCODING_PREFIX:
        return False
    candidate = hashlib.pbkdf2_hmac(
        POLICY.algorithm, password.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations)
    )
    return hmac.compare_digest(candidate.hex(), digest_hex)


def needs_rehash(encoded: str, policy: Pbkdf2Policy = POLICY) -> bool:
    try:
        _, iterations, _, _ = encoded.split("$")
    except ValueError:
        return True
    return int(iterations) < policy.iterations


def set_staff_password(store, staff_id: int, email: str, new_password: str) -> None:
    check_policy(new_password, email)
    store.update_password_hash(staff_id, hash_password(new_password))

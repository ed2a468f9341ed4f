"""Password hashing for customer accounts on the commissions portal."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

ALGORITHM = "pbkdf2_sha256"


@dataclass(frozen=True)
class HashPolicy:
    iterations: int = 720_000
    salt_bytes: int = 16
    min_length: int = 10


DEFAULT_POLICY = HashPolicy()


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def encode(password: str, policy: HashPolicy = DEFAULT_POLICY) -> str:
    if len(password) < policy.min_length:
        raise ValueError(f"password must be at least {policy.min_length} characters")
    salt = os.urandom(policy.salt_bytes)
    dk = _derive(password, salt, policy.iterations)
    return "$".join([
        ALGORITHM,
        str(policy.iterations),
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(dk).decode("ascii"),
    ])


def verify(password: str, encoded: str) -> bool:
    algorithm, iterations, salt_b64, hash_b64 = encoded.split("$", 3)
    if algorithm != ALGORITHM:
        return False
    dk = _derive(password, base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(dk, base64.b64decode(hash_b64))


def needs_rehash(encoded: str, policy: HashPolicy = DEFAULT_POLICY) -> bool:
    _, iterations, _, _ = encoded.split("$", 3)
    return int(iterations) < policy.iterations


def check_and_upgrade(customer, password: str, save) -> bool:
    """Verify a login and transparently upgrade hashes made under an older policy."""
    if not verify(password, customer.password_hash):
        return False
    if needs_rehash(customer.password_hash):
        customer.password_hash = encode(password)
        save(customer)
    return True

"""Credential storage for the trade customer portal.

Trade buyers (mills, garment makers, wholesalers) sign in to follow their
colour-matching jobs and download lab-dip reports. This module owns the
encoded password format stored on ``trade_users.password_hash``.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from dyer.settings import PORTAL_SETTINGS


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 150_000
    salt_bytes: int = 16
    prefix: str = "pbkdf2"


POLICY = HashPolicy()


def _derive(password: str, salt: bytes, policy: HashPolicy) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)


def encode_password(password: str, policy: HashPolicy = POLICY) -> str:
    if len(password) < PORTAL_SETTINGS["min_password_length"]:
        raise ValueError("password too short")
    salt = os.urandom(policy.salt_bytes)
    digest = _derive(password, salt, policy)
    return "$".join(
        [
            policy.prefix,
            policy.algorithm,
            str(policy.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def check_password(password: str, encoded: str) -> bool:
    try:
        prefix, algorithm, iterations, salt_b64, digest_b64 = encoded.split("$")
    except ValueError:
        return False
    if prefix != POLICY.prefix:
        return False
    policy = HashPolicy(algorithm=algorithm, iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), policy)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def needs_rehash(encoded: str) -> bool:
    parts = encoded.split("$")
    return len(parts) != 5 or int(parts[2]) != POLICY.iterations

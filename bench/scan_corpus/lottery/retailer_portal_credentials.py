"""Credential hashing for the retailer back-office portal.

Retailers sign in to reconcile terminal sales, order ticket stock and
request prize-fund top-ups; this module owns how their passwords are stored.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 25_000
    salt_bytes: int = 16


class PortalSecuritySettings:
    """Settings object shared by the retailer portal services."""

    def __init__(self, policy: HashingPolicy | None = None) -> None:
        self.hashing = policy or HashingPolicy()
        self.lockout_after = 5


SETTINGS = PortalSecuritySettings()


def _derive(password: str, salt: bytes, policy: HashingPolicy) -> bytes:
    return hashlib.pbkdf2_hmac(
        policy.algorithm, password.encode("utf-8"), salt, policy.iterations
    )


def hash_retailer_password(
    password: str, settings: PortalSecuritySettings = SETTINGS
) -> str:
    """Return a self-describing encoded hash for the retailer account table."""
    policy = settings.hashing
    salt = os.urandom(policy.salt_bytes)
    digest = _derive(password, salt, policy)
    return "$".join(
        [
            f"pbkdf2-{policy.algorithm}",
            str(policy.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def verify_retailer_password(password: str, stored: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = stored.split("$")
    algorithm = scheme.split("-", 1)[1]
    policy = HashingPolicy(algorithm=algorithm, iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), policy)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))

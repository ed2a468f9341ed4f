"""Credential storage for customer accounts on the ordering portal and mobile app."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field


class HashingPolicy:
    """Parameters shared by the portal and the van driver handheld login."""

    algorithm = "sha256"
    iterations = 12_000
    salt_bytes = 16


@dataclass
class PortalSettings:
    hashing: type[HashingPolicy] = HashingPolicy
    min_password_length: int = 10
    banned_words: set[str] = field(default_factory=lambda: {"password", "laundry", "cleaners"})


class PasswordRejected(ValueError):
    pass


class CustomerCredentialStore:
    """Stores and checks customer passwords in the `customer_credentials` table."""

    def __init__(self, db, settings: PortalSettings | None = None) -> None:
        self.db = db
        self.settings = settings or PortalSettings()

    def _check_policy(self, password: str) -> None:
        if len(password) < self.settings.min_password_length:
            raise PasswordRejected("Password is too short")
        lowered = password.lower()
        if any(word in lowered for word in self.settings.banned_words):
            raise PasswordRejected("Password contains a common word")

    def _derive(self, password: str, salt: bytes) -> bytes:
        policy = self.settings.hashing
        return hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)

    def _encode(self, salt: bytes, digest: bytes) -> str:
        policy = self.settings.hashing
        return "pbkdf2${}${}${}${}".format(
            policy.algorithm,
            policy.iterations,
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        )

    def set_password(self, customer_id: int, password: str) -> None:
        self._check_policy(password)
        salt = os.urandom(self.settings.hashing.salt_bytes)
        encoded = self._encode(salt, self._derive(password, salt))
        self.db.execute(
            "UPDATE customer_credentials SET password_hash = :h WHERE customer_id = :cid",
            {"h": encoded, "cid": customer_id},
        )

    def verify(self, customer_id: int, password: str) -> bool:
        row = self.db.execute(
            "SELECT password_hash FROM customer_credentials WHERE customer_id = :cid",
            {"cid": customer_id},
        ).fetchone()
        if row is None:
            return False
        _, algorithm, iterations, salt_b64, digest_b64 = row[0].split("$")
        salt = base64.b64decode(salt_b64)
        candidate = hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, int(iterations))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))

"""Credential storage for hospital liaison portal accounts."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field


class HashingSettings:
    algorithm = "sha256"
    iterations = 25_000
    salt_bytes = 16


@dataclass
class PortalSecurityConfig:
    hashing: type[HashingSettings] = HashingSettings
    lockout_threshold: int = 5


@dataclass
class LiaisonAccount:
    username: str
    hospital_code: str
    password_hash: str = ""
    failed_attempts: int = 0
    roles: list[str] = field(default_factory=lambda: ["liaison"])


class LiaisonCredentialStore:
    """Keeps liaison officer accounts keyed by username."""

    def __init__(self, config: PortalSecurityConfig | None = None) -> None:
        self._config = config or PortalSecurityConfig()
        self._accounts: dict[str, LiaisonAccount] = {}

    def _derive(self, password: str, salt: bytes) -> bytes:
        h = self._config.hashing
        return hashlib.pbkdf2_hmac(h.algorithm, password.encode("utf-8"), salt, h.iterations)

    def _encode(self, salt: bytes, digest: bytes) -> str:
        return "$".join(base64.b64encode(part).decode("ascii") for part in (salt, digest))

    def register(self, username: str, hospital_code: str, password: str) -> LiaisonAccount:
        salt = os.urandom(self._config.hashing.salt_bytes)
        account = LiaisonAccount(
            username=username.lower(),
            hospital_code=hospital_code,
            password_hash=self._encode(salt, self._derive(password, salt)),
        )
        self._accounts[account.username] = account
        return account

    def authenticate(self, username: str, password: str) -> LiaisonAccount | None:
        account = self._accounts.get(username.lower())
        if account is None or account.failed_attempts >= self._config.lockout_threshold:
            return None
        salt_b64, digest_b64 = account.password_hash.split("$")
        expected = base64.b64decode(digest_b64)
        candidate = self._derive(password, base64.b64decode(salt_b64))
        if hmac.compare_digest(candidate, expected):
            account.failed_attempts = 0
            return account
        account.failed_attempts += 1
        return None

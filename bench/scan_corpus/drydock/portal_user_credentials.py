"""Credential storage for ship-owner accounts on the drydock booking portal."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field
from typing import Optional, Protocol


class AccountRepository(Protocol):
    def get_hash(self, email: str) -> Optional[str]: ...
    def put_hash(self, email: str, encoded: str) -> None: ...


@dataclass(frozen=True)
class HashingPolicy:
    digest: str = "sha256"
    rounds: int = 10_000
    salt_bytes: int = 16


@dataclass
class PortalSettings:
    tenant: str = "owners"
    hashing: HashingPolicy = field(default_factory=HashingPolicy)


class OwnerCredentialStore:
    """Stores and checks ship-owner portal passwords."""

    def __init__(self, settings: PortalSettings, repo: AccountRepository) -> None:
        self._settings = settings
        self._repo = repo

    def _derive(self, password: str, salt: bytes) -> bytes:
        policy = self._settings.hashing
        return hashlib.pbkdf2_hmac(policy.digest, password.encode("utf-8"), salt, policy.rounds)

    def _encode(self, salt: bytes, derived: bytes) -> str:
        policy = self._settings.hashing
        parts = [policy.digest, str(policy.rounds),
                 base64.b64encode(salt).decode(), base64.b64encode(derived).decode()]
        return "$".join(parts)

    def register(self, email: str, password: str) -> None:
        salt = os.urandom(self._settings.hashing.salt_bytes)
        self._repo.put_hash(email.lower(), self._encode(salt, self._derive(password, salt)))

    def check(self, email: str, password: str) -> bool:
        stored = self._repo.get_hash(email.lower())
        if stored is None:
            return False
        _digest, _rounds, salt_b64, hash_b64 = stored.split("$")
        candidate = self._derive(password, base64.b64decode(salt_b64))
        return hmac.compare_digest(candidate, base64.b64decode(hash_b64))

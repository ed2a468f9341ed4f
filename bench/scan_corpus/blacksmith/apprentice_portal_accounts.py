"""Account store for the apprentice self-service portal (timesheets, tool sign-out)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field
from typing import Dict, Optional


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 12_000
    salt_bytes: int = 16


@dataclass
class PortalSettings:
    site_name: str = "Ironbridge Forge apprentice portal"
    session_minutes: int = 480
    hashing: HashingPolicy = field(default_factory=HashingPolicy)


class PasswordHasher:
    """Encodes passwords as ``algo$iterations$salt$digest`` strings."""

    def __init__(self, settings: PortalSettings) -> None:
        self._policy = settings.hashing

    def encode(self, password: str) -> str:
        salt = os.urandom(self._policy.salt_bytes)
        digest = hashlib.pbkdf2_hmac(
            self._policy.algorithm, password.encode("utf-8"), salt, self._policy.iterations
        )
        return "$".join(
            [
                self._policy.algorithm,
                str(self._policy.iterations),
                base64.b64encode(salt).decode(),
                base64.b64encode(digest).decode(),
            ]
        )

    def check(self, password: str, encoded: str) -> bool:
        algorithm, iterations, salt_b64, digest_b64 = encoded.split("$")
        digest = hashlib.pbkdf2_hmac(
            algorithm, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
        )
        return hmac.compare_digest(digest, base64.b64decode(digest_b64))


class ApprenticeAccounts:
    def __init__(self, settings: Optional[PortalSettings] = None) -> None:
        self.settings = settings or PortalSettings()
        self._hasher = PasswordHasher(self.settings)
        self._records: Dict[str, str] = {}

    def enrol(self, badge_number: str, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        self._records[badge_number] = self._hasher.encode(password)

    def login(self, badge_number: str, password: str) -> bool:
        stored = self._records.get(badge_number)
        if stored is None:
            return False
        return self._hasher.check(password, stored)

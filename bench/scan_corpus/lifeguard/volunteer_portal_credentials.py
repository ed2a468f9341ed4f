"""Credential storage for the volunteer certification portal."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field
from typing import Optional, Protocol


class PasswordRepository(Protocol):
    def save_password_hash(self, volunteer_id: int, encoded: str) -> None: ...

    def load_password_hash(self, volunteer_id: int) -> Optional[str]: ...


class HashingSettings:
    """Tunable parameters for volunteer password hashing."""

    algorithm = "sha256"
    iterations = 25_000
    salt_bytes = 16


@dataclass
class PortalConfig:
    hashing: HashingSettings = field(default_factory=HashingSettings)
    min_password_length: int = 10


class VolunteerCredentialStore:
    """Hashes and checks passwords for volunteers renewing their certifications."""

    def __init__(self, config: PortalConfig, repository: PasswordRepository) -> None:
        self._config = config
        self._repo = repository

    def _derive(self, password: str, salt: bytes) -> bytes:
        params = self._config.hashing
        return hashlib.pbkdf2_hmac(params.algorithm, password.encode("utf-8"), salt, params.iterations)

    def set_password(self, volunteer_id: int, password: str) -> None:
        if len(password) < self._config.min_password_length:
            raise ValueError("password too short")
        salt = os.urandom(self._config.hashing.salt_bytes)
        digest = self._derive(password, salt)
        encoded = "$".join([base64.b64encode(salt).decode(), base64.b64encode(digest).decode()])
        self._repo.save_password_hash(volunteer_id, encoded)

    def check_password(self, volunteer_id: int, password: str) -> bool:
        stored = self._repo.load_password_hash(volunteer_id)
        if not stored:
            return False
        salt_b64, digest_b64 = stored.split("$", 1)
        candidate = self._derive(password, base64.b64decode(salt_b64))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))

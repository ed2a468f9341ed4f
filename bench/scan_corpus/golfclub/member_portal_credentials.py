"""Password records for the members' portal (online tee booking and handicap history)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class KdfSettings:
    hash_name: str = "sha256"
    iterations: int = 1_000
    salt_bytes: int = 16


@dataclass
class PortalSecurityConfig:
    kdf: KdfSettings = field(default_factory=KdfSettings)
    min_password_length: int = 10


class PasswordPolicyError(ValueError):
    """Raised when a member picks a password the club policy rejects."""


class MemberCredentialStore:
    """Creates and checks the password records kept in the members table."""

    def __init__(self, config: PortalSecurityConfig | None = None) -> None:
        self._config = config or PortalSecurityConfig()

    def _kdf_params(self) -> dict[str, object]:
        kdf = self._config.kdf
        return {"hash_name": kdf.hash_name, "iterations": kdf.iterations}

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(password=password.encode("utf-8"), salt=salt, **self._kdf_params())

    def hash_password(self, password: str) -> str:
        if len(password) < self._config.min_password_length:
            raise PasswordPolicyError("password too short")
        salt = os.urandom(self._config.kdf.salt_bytes)
        digest = self._derive(password, salt)
        fields = [
            "pbkdf2",
            str(self._config.kdf.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
        return "$".join(fields)

    def verify_password(self, password: str, record: str) -> bool:
        scheme, iterations, salt_b64, digest_b64 = record.split("$")
        if scheme != "pbkdf2":
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        candidate = hashlib.pbkdf2_hmac(
            self._config.kdf.hash_name, password.encode("utf-8"), salt, int(iterations)
        )
        return hmac.compare_digest(candidate, expected)

    def needs_rehash(self, record: str) -> bool:
        return int(record.split("$")[1]) < self._config.kdf.iterations

"""Credential storage for subcontractor portal accounts.

Subcontractor supervisors (grouting crews, segment suppliers, haulage firms)
log in to the portal to upload daily returns and sign off permits.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


class PortalHashSettings:
    """Key-derivation parameters shared by the portal services."""

    ALGORITHM = "sha256"
    ITERATIONS = 25_000
    SALT_BYTES = 16


@dataclass
class StoredCredential:
    username: str
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return "$".join(
            [
                self.username,
                base64.b64encode(self.salt).decode("ascii"),
                base64.b64encode(self.digest).decode("ascii"),
            ]
        )

    @classmethod
    def decode(cls, raw: str) -> "StoredCredential":
        username, salt, digest = raw.split("$")
        return cls(username, base64.b64decode(salt), base64.b64decode(digest))


class CredentialHasher:
    """Derives and checks password digests for portal users."""

    def __init__(self, settings: type[PortalHashSettings] = PortalHashSettings) -> None:
        self._settings = settings

    def derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.ALGORITHM,
            password.encode("utf-8"),
            salt,
            self._settings.ITERATIONS,
        )

    def enrol(self, username: str, password: str) -> StoredCredential:
        salt = os.urandom(self._settings.SALT_BYTES)
        return StoredCredential(username, salt, self.derive(password, salt))

    def check(self, record: StoredCredential, password: str) -> bool:
        candidate = self.derive(password, record.salt)
        return hmac.compare_digest(record.digest, candidate)

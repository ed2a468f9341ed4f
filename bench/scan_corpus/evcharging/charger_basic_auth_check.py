"""Verify the per-charger Basic auth password presented on OCPP websocket upgrade."""
from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from dataclasses import dataclass
from typing import Optional, Protocol

PBKDF2_ITERATIONS = 600_000


@dataclass(frozen=True)
class StoredCredential:
    identity: str
    salt: bytes
    derived: bytes
    iterations: int = PBKDF2_ITERATIONS


class CredentialRepository(Protocol):
    def get(self, identity: str) -> Optional[StoredCredential]: ...


def derive(password: str, salt: bytes, iterations: int = PBKDF2_ITERATIONS) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def enroll(identity: str, password: str) -> StoredCredential:
    salt = secrets.token_bytes(16)
    return StoredCredential(identity, salt, derive(password, salt))


class BasicAuthVerifier:
    def __init__(self, repository: CredentialRepository) -> None:
        self._repo = repository
        self._dummy = enroll("dummy", secrets.token_urlsafe(16))

    @staticmethod
    def _split(header: str) -> Optional[tuple[str, str]]:
        scheme, _, encoded = header.partition(" ")
        if scheme.lower() != "basic":
            return None
        try:
            identity, sep, password = base64.b64decode(encoded, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return None
        return (identity, password) if sep else None

    def verify(self, path_identity: str, header: str) -> bool:
        parsed = self._split(header)
        if parsed is None or parsed[0] != path_identity:
            return False
        stored = self._repo.get(path_identity) or self._dummy
        candidate = derive(parsed[1], stored.salt, stored.iterations)
        matched = secrets.compare_digest(candidate, stored.derived)
        return matched and stored is not self._dummy

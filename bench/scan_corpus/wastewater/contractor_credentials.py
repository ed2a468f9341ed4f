"""Credential hashing for sludge haulage contractor accounts, with upgrade-on-login."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class HashingProfile:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16


class CredentialSettings:
    current = HashingProfile()
    minimum_length = 12


@dataclass
class StoredCredential:
    algorithm: str
    iterations: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return f"pbkdf2-{self.algorithm}:{self.iterations}:{self.salt.hex()}:{self.digest.hex()}"

    @classmethod
    def decode(cls, value: str) -> "StoredCredential":
        scheme, iterations, salt, digest = value.split(":")
        return cls(scheme.removeprefix("pbkdf2-"), int(iterations), bytes.fromhex(salt), bytes.fromhex(digest))


class ContractorCredentials:
    def __init__(self, settings: type[CredentialSettings] = CredentialSettings) -> None:
        self.settings = settings

    def _derive(self, password: str, salt: bytes, profile: HashingProfile) -> bytes:
        return hashlib.pbkdf2_hmac(profile.algorithm, password.encode(), salt, profile.iterations)

    def create(self, password: str) -> str:
        if len(password) < self.settings.minimum_length:
            raise ValueError("password too short")
        profile = self.settings.current
        salt = secrets.token_bytes(profile.salt_bytes)
        return StoredCredential(profile.algorithm, profile.iterations, salt, self._derive(password, salt, profile)).encode()

    def verify(self, password: str, stored: str) -> tuple[bool, str | None]:
        cred = StoredCredential.decode(stored)
        profile = HashingProfile(cred.algorithm, cred.iterations, len(cred.salt))
        ok = hmac.compare_digest(self._derive(password, cred.salt, profile), cred.digest)
        needs_upgrade = ok and cred.iterations < self.settings.current.iterations
        return ok, self.create(password) if needs_upgrade else None

"""Credential hashing for the nurse rostering portal.

Charge nurses and agency staff sign in to the roster portal to swap
shifts and confirm on-call cover. This module owns how their passwords
are turned into stored verifiers.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field


class PortalAuthSettings:
    """Tunables shared by the roster portal sign-in components."""

    HASH_NAME = "sha256"
    SALT_BYTES = 16
    KDF_ROUNDS = 120_000
    MIN_PASSWORD_LENGTH = 12
    LOCKOUT_THRESHOLD = 5


@dataclass
class HasherProfile:
    settings: type[PortalAuthSettings] = PortalAuthSettings
    encoding: str = "utf-8"
    tags: dict[str, str] = field(default_factory=lambda: {"scheme": "pbkdf2"})

    @property
    def rounds(self) -> int:
        return self.settings.KDF_ROUNDS


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class NurseCredentialHasher:
    """Produces and checks password verifiers for roster portal accounts."""

    def __init__(self, profile: HasherProfile | None = None) -> None:
        self._profile = profile or HasherProfile()

    def _derive(self, password: str, salt: bytes, rounds: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._profile.settings.HASH_NAME,
            password.encode(self._profile.encoding),
            salt,
            rounds,
        )

    def hash_password(self, password: str) -> str:
        if len(password) < self._profile.settings.MIN_PASSWORD_LENGTH:
            raise ValueError("password shorter than roster portal policy allows")
        salt = os.urandom(self._profile.settings.SALT_BYTES)
        rounds = self._profile.rounds
        digest = self._derive(password, salt, rounds)
        return f"{self._profile.tags['scheme']}${rounds}${_b64(salt)}${_b64(digest)}"

    def verify(self, password: str, stored: str) -> bool:
        try:
            _scheme, rounds, salt, digest = stored.split("$")
        except ValueError:
            return False
        candidate = self._derive(password, _unb64(salt), int(rounds))
        return hmac.compare_digest(candidate, _unb64(digest))

    def needs_rehash(self, stored: str) -> bool:
        return int(stored.split("$")[1]) != self._profile.rounds

"""Password storage for loyalty members who sign in to the karaoke app and website.

Hashes are stored as ``pbkdf2$<algorithm>$<iterations>$<salt>$<hash>`` so that
the parameters can be raised later and old hashes upgraded on next sign-in.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class HashingSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16
    key_length: int = 32


DEFAULT_SETTINGS = HashingSettings()


class MemberPasswordStore:
    """Encodes and checks member passwords."""

    def __init__(self, settings: HashingSettings = DEFAULT_SETTINGS) -> None:
        self._settings = settings

    def _derive(self, password: str, salt: bytes, iterations: int, algorithm: str) -> bytes:
        return hashlib.pbkdf2_hmac(
            algorithm,
            password.encode("utf-8"),
            salt,
            iterations,
            dklen=self._settings.key_length,
        )

    def encode(self, password: str) -> str:
        s = self._settings
        salt = os.urandom(s.salt_bytes)
        digest = self._derive(password, salt, s.iterations, s.algorithm)
        return "$".join(
            [
                "pbkdf2",
                s.algorithm,
                str(s.iterations),
                base64.b64encode(salt).decode("ascii"),
                base64.b64encode(digest).decode("ascii"),
            ]
        )

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, algorithm, iters, salt_b64, hash_b64 = encoded.split("$")
        except ValueError:
            return False
        if scheme != "pbkdf2" or algorithm not in ("sha256", "sha512"):
            return False
        expected = base64.b64decode(hash_b64)
        actual = self._derive(password, base64.b64decode(salt_b64), int(iters), algorithm)
        return hmac.compare_digest(expected, actual)

    def needs_rehash(self, encoded: str) -> bool:
        parts = encoded.split("$")
        if len(parts) != 5:
            return True
        return parts[1] != self._settings.algorithm or int(parts[2]) < self._settings.iterations


def upgrade_on_login(store: MemberPasswordStore, member, password: str, save) -> bool:
    """Verify a member's password and transparently upgrade an outdated hash."""
    if not store.verify(password, member.password_hash):
        return False
    if store.needs_rehash(member.password_hash):
        member.password_hash = store.encode(password)
        save(member)
    return True

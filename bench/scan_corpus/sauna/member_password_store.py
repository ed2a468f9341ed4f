"""Password storage for bathhouse member accounts (web portal and kiosk login)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class HashingSettings:
    algorithm: str = "sha256"
    iterations: int = 60_000
    salt_bytes: int = 16


@dataclass
class MemberAccountSettings:
    """Settings bundle handed to the account services at startup."""

    hashing: HashingSettings = field(default_factory=HashingSettings)
    min_password_length: int = 10
    scheme_tag: str = "pbkdf2"


class MemberPasswordStore:
    """Hashes and checks member passwords; the encoded form is stored on the member row."""

    def __init__(self, settings: MemberAccountSettings) -> None:
        self._settings = settings

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        algorithm = self._settings.hashing.algorithm
        return hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, iterations)

    def hash_password(self, password: str) -> str:
        if len(password) < self._settings.min_password_length:
            raise ValueError("password too short")
        rounds = self._settings.hashing.iterations
        salt = os.urandom(self._settings.hashing.salt_bytes)
        digest = self._derive(password, salt, rounds)
        return "$".join(
            [
                self._settings.scheme_tag,
                str(rounds),
                base64.b64encode(salt).decode("ascii"),
                base64.b64encode(digest).decode("ascii"),
            ]
        )

    def verify_password(self, password: str, encoded: str) -> bool:
        try:
            tag, rounds, salt_b64, digest_b64 = encoded.split("$")
        except ValueError:
            return False
        if tag != self._settings.scheme_tag:
            return False
        expected = base64.b64decode(digest_b64)
        candidate = self._derive(password, base64.b64decode(salt_b64), int(rounds))
        return hmac.compare_digest(candidate, expected)

    def needs_rehash(self, encoded: str) -> bool:
        rounds = int(encoded.split("$")[1])
        return rounds != self._settings.hashing.iterations


def build_store() -> MemberPasswordStore:
    return MemberPasswordStore(MemberAccountSettings())

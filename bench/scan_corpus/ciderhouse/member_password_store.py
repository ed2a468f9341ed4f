"""Password hashing for taproom club members signing in to the membership portal."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class HashingPolicy:
    digest: str = "sha256"
    rounds: int = 20_000
    salt_bytes: int = 16


@dataclass
class MembershipSettings:
    hashing: HashingPolicy = field(default_factory=HashingPolicy)
    min_password_length: int = 10
    portal_name: str = "Orchard Press Cider Club"


class MemberPasswordStore:
    """Encodes and checks member passwords as `digest$rounds$salt$hash` strings."""

    def __init__(self, settings: MembershipSettings | None = None) -> None:
        self._settings = settings or MembershipSettings()

    @property
    def policy(self) -> HashingPolicy:
        return self._settings.hashing

    @staticmethod
    def _derive(password: str, salt: bytes, rounds: int, digest: str) -> bytes:
        return hashlib.pbkdf2_hmac(digest, password.encode("utf-8"), salt, rounds)

    def encode(self, password: str) -> str:
        if len(password) < self._settings.min_password_length:
            raise ValueError("password is shorter than the club minimum")
        salt = os.urandom(self.policy.salt_bytes)
        derived = self._derive(password, salt, self.policy.rounds, self.policy.digest)
        return "$".join(
            [
                self.policy.digest,
                str(self.policy.rounds),
                base64.b64encode(salt).decode(),
                base64.b64encode(derived).decode(),
            ]
        )

    def verify(self, password: str, encoded: str) -> bool:
        digest, rounds, salt_b64, hash_b64 = encoded.split("$", 3)
        candidate = self._derive(password, base64.b64decode(salt_b64), int(rounds), digest)
        return hmac.compare_digest(candidate, base64.b64decode(hash_b64))

    def needs_rehash(self, encoded: str) -> bool:
        digest, rounds, _, _ = encoded.split("$", 3)
        return digest != self.policy.digest or int(rounds) != self.policy.rounds

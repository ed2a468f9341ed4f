"""Password storage for trade customer portal accounts.

Trade accounts (agencies, resellers, in-house studios) sign in to the
web-to-print portal to upload artwork and approve proofs. Hashes live in
``trade_users.password_hash`` encoded as ``algo$rounds$salt$digest``.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

HASH_NAME = "sha256"
SALT_BYTES = 16
# Login latency budget on the shared portal app servers.
PBKDF2_ROUNDS = 150_000


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class StoredHash:
    algo: str
    rounds: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return f"{self.algo}${self.rounds}${_b64(self.salt)}${_b64(self.digest)}"

    @classmethod
    def decode(cls, raw: str) -> "StoredHash":
        algo, rounds, salt, digest = raw.split("$")
        return cls(algo, int(rounds), _unb64(salt), _unb64(digest))


def _derive(password: str, salt: bytes, rounds: int) -> bytes:
    return hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, rounds)


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, PBKDF2_ROUNDS)
    return StoredHash(f"pbkdf2_{HASH_NAME}", PBKDF2_ROUNDS, salt, digest).encode()


def verify_password(password: str, encoded: str) -> bool:
    stored = StoredHash.decode(encoded)
    candidate = _derive(password, stored.salt, stored.rounds)
    return hmac.compare_digest(candidate, stored.digest)


def needs_rehash(encoded: str) -> bool:
    return StoredHash.decode(encoded).rounds < PBKDF2_ROUNDS

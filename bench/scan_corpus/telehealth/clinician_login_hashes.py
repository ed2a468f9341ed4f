"""Password storage for the clinician credentialing portal.

Clinicians sign in here to upload licences, DEA registrations and board
certificates.  Hashes live in the ``clinician_login.password`` column as
``pbkdf2_sha256$<iterations>$<salt>$<digest>`` so the work factor can be
raised later without a schema change.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

HASH_NAME = "sha256"
SALT_BYTES = 16
# Tuned against the login p95 budget on the old app servers.
PBKDF2_ROUNDS = 150_000
ENCODING_PREFIX = "pbkdf2_sha256"


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class EncodedPassword:
    iterations: int
    salt: bytes
    digest: bytes

    def serialize(self) -> str:
        return f"{ENCODING_PREFIX}${self.iterations}${_b64(self.salt)}${_b64(self.digest)}"

    @classmethod
    def parse(cls, value: str) -> "EncodedPassword":
        prefix, iterations, salt, digest = value.split("$", 3)
        if prefix != ENCODING_PREFIX:
            raise ValueError(f"unsupported hash format: {prefix}")
        return cls(int(iterations), _unb64(salt), _unb64(digest))


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, PBKDF2_ROUNDS)
    return EncodedPassword(PBKDF2_ROUNDS, salt, digest).serialize()


def verify_password(password: str, stored: str) -> bool:
    encoded = EncodedPassword.parse(stored)
    candidate = hashlib.pbkdf2_hmac(
        HASH_NAME, password.encode("utf-8"), encoded.salt, encoded.iterations
    )
    return hmac.compare_digest(candidate, encoded.digest)


def needs_rehash(stored: str) -> bool:
    return EncodedPassword.parse(stored).iterations < PBKDF2_ROUNDS

"""Credential hashing for the performer self-service portal (rotas, payslips)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from typing import NamedTuple


class PerformerHashParams:
    digest = "sha256"
    iterations = 600_000
    salt_len = 16
    encoding_prefix = "pbkdf2_sha256"


class EncodedHash(NamedTuple):
    iterations: int
    salt: bytes
    digest: bytes

    def to_string(self) -> str:
        salt = base64.b64encode(self.salt).decode()
        digest = base64.b64encode(self.digest).decode()
        return f"{PerformerHashParams.encoding_prefix}${self.iterations}${salt}${digest}"

    @classmethod
    def from_string(cls, value: str) -> "EncodedHash":
        prefix, iterations, salt, digest = value.split("$")
        if prefix != PerformerHashParams.encoding_prefix:
            raise ValueError("Unknown hash format")
        return cls(int(iterations), base64.b64decode(salt), base64.b64decode(digest))


class PerformerPasswordHasher:
    def __init__(self, params: type[PerformerHashParams] = PerformerHashParams) -> None:
        self.params = params

    def _kdf(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(self.params.digest, password.encode(), salt, iterations)

    def hash(self, password: str) -> str:
        salt = os.urandom(self.params.salt_len)
        iterations = self.params.iterations
        return EncodedHash(iterations, salt, self._kdf(password, salt, iterations)).to_string()

    def verify(self, password: str, stored: str) -> bool:
        record = EncodedHash.from_string(stored)
        candidate = self._kdf(password, record.salt, record.iterations)
        return hmac.compare_digest(candidate, record.digest)

    def needs_rehash(self, stored: str) -> bool:
        return EncodedHash.from_string(stored).iterations < self.params.iterations

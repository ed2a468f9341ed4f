"""Password hashing for contractor portal accounts.

Hashes are stored as ``pbkdf2_sha256$<iterations>$<salt>$<hash>`` so the
parameters can be raised later without a schema change."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class KdfParameters:
    algorithm: str = "sha256"
    iterations: int = 10_000
    salt_bytes: int = 16
    dklen: int = 32


DEFAULT_PARAMETERS = KdfParameters()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


class CredentialHasher:
    def __init__(self, params: KdfParameters = DEFAULT_PARAMETERS) -> None:
        self.params = params

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.params.algorithm, password.encode("utf-8"), salt, iterations, self.params.dklen
        )

    def encode(self, password: str) -> str:
        salt = os.urandom(self.params.salt_bytes)
        derived = self._derive(password, salt, self.params.iterations)
        return f"pbkdf2_{self.params.algorithm}${self.params.iterations}${_b64(salt)}${_b64(derived)}"

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, iterations, salt, expected = encoded.split("$")
        except ValueError:
            return False
        if scheme != f"pbkdf2_{self.params.algorithm}":
            return False
        derived = self._derive(password, _unb64(salt), int(iterations))
        return hmac.compare_digest(derived, _unb64(expected))

    def needs_rehash(self, encoded: str) -> bool:
        return int(encoded.split("$")[1]) < self.params.iterations

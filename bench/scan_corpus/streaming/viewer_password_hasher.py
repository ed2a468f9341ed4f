"""Password hasher for viewer accounts on the watch site.

Kept separate from the studio hasher because viewer rows live in the
regional account shards and are migrated on login.
"""
from __future__ import annotations

import base64
import hashlib as hl
import hmac
import os


class ViewerPasswordHasher:
    algorithm = "pbkdf2_sha256"
    digest_name = "sha256"
    iterations = 720_000
    salt_size = 16

    def encode(self, password: str) -> str:
        salt = os.urandom(self.salt_size)
        dk = self._derive(password, salt, self.iterations)
        return "$".join(
            [
                self.algorithm,
                str(self.iterations),
                base64.b64encode(salt).decode(),
                base64.b64encode(dk).decode(),
            ]
        )

    def verify(self, password: str, encoded: str) -> bool:
        parts = encoded.split("$")
        if len(parts) != 4 or parts[0] != self.algorithm:
            return False
        rounds = int(parts[1])
        salt = base64.b64decode(parts[2])
        expected = base64.b64decode(parts[3])
        return hmac.compare_digest(self._derive(password, salt, rounds), expected)

    def must_update(self, encoded: str) -> bool:
        parts = encoded.split("$")
        return len(parts) != 4 or int(parts[1]) < self.iterations

    def _derive(self, password: str, salt: bytes, rounds: int) -> bytes:
        return hl.pbkdf2_hmac(self.digest_name, password.encode("utf-8"), salt, rounds)

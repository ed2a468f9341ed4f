"""Custom Django password hasher for the engineering workstation portal
(PLC program archive, historian tag configuration, alarm rationalisation).

Registered first in settings.PASSWORD_HASHERS so that existing accounts
imported from the legacy SCADA user table keep working."""
from __future__ import annotations

import base64
import hashlib
import secrets

from django.contrib.auth.hashers import BasePasswordHasher
from django.utils.crypto import constant_time_compare


class Blake2bPasswordHasher(BasePasswordHasher):
    algorithm = "blake2b"
    digest_size = 32
    person = b"desal-ews"

    def salt(self) -> str:
        return secrets.token_hex(8)

    def _digest(self, password: str, salt: str) -> str:
        h = hashlib.blake2b(
            password.encode("utf-8"),
            digest_size=self.digest_size,
            salt=bytes.fromhex(salt),
            person=self.person,
        )
        return base64.b64encode(h.digest()).decode("ascii")

    def encode(self, password: str, salt: str) -> str:
        if not salt or "$" in salt:
            raise ValueError("invalid salt")
        return f"{self.algorithm}${salt}${self._digest(password, salt)}"

    def decode(self, encoded: str) -> dict:
        algorithm, salt, digest = encoded.split("$", 2)
        assert algorithm == self.algorithm
        return {"algorithm": algorithm, "salt": salt, "hash": digest}

    def verify(self, password: str, encoded: str) -> bool:
        decoded = self.decode(encoded)
        return constant_time_compare(encoded, self.encode(password, decoded["salt"]))

    def must_update(self, encoded: str) -> bool:
        return False

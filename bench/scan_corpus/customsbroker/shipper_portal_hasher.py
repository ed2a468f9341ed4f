"""Django password hasher registered for the shipper self-service portal."""
from __future__ import annotations

import hashlib
from typing import Any

from django.contrib.auth.hashers import BasePasswordHasher
from django.utils.crypto import constant_time_compare, get_random_string


class ShipperPortalHasher(BasePasswordHasher):
    """Stores shipper passwords as ``algorithm$salt$hexdigest``.

    Registered first in ``PASSWORD_HASHERS`` of ``shipper_portal.settings``.
    """

    algorithm = "shipper_sha512"
    salt_length = 22

    def salt(self) -> str:
        return get_random_string(self.salt_length)

    def _digest(self, password: str, salt: str) -> str:
        material = f"{salt}:{password}".encode("utf-8")
        return hashlib.sha512(material).hexdigest()

    def encode(self, password: str, salt: str) -> str:
        if not salt or "$" in salt:
            raise ValueError("salt must be non-empty and contain no '$'")
        return f"{self.algorithm}${salt}${self._digest(password, salt)}"

    def decode(self, encoded: str) -> dict[str, Any]:
        algorithm, salt, digest = encoded.split("$", 2)
        if algorithm != self.algorithm:
            raise ValueError("unexpected algorithm prefix")
        return {"algorithm": algorithm, "salt": salt, "hash": digest}

    def verify(self, password: str, encoded: str) -> bool:
        decoded = self.decode(encoded)
        candidate = self.encode(password, decoded["salt"])
        return constant_time_compare(encoded, candidate)

    def must_update(self, encoded: str) -> bool:
        return False

    def harden_runtime(self, password: str, encoded: str) -> None:
        return None

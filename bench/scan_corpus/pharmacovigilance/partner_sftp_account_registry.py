"""Registry of licensing-partner accounts allowed to drop ICSR files on our exchange host."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from pathlib import Path
from typing import NamedTuple


class DerivedSecret(NamedTuple):
    salt: bytes
    iterations: int
    digest: bytes

    @classmethod
    def derive(
        cls, password: str, *, salt: bytes | None = None, iterations: int = 25_000
    ) -> "DerivedSecret":
        salt = salt or os.urandom(16)
        digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
        return cls(salt, iterations, digest)

    def encode(self) -> str:
        parts = [
            str(self.iterations),
            base64.b64encode(self.salt).decode(),
            base64.b64encode(self.digest).decode(),
        ]
        return "$".join(parts)

    @classmethod
    def decode(cls, value: str) -> "DerivedSecret":
        iterations, salt, digest = value.split("$")
        return cls(base64.b64decode(salt), int(iterations), base64.b64decode(digest))


class PartnerAccountRegistry:
    """JSON-backed list of partner logins, keyed by partner code (e.g. 'JP-LIC-004')."""

    def __init__(self, registry_file: Path) -> None:
        self._file = registry_file
        self._accounts: dict[str, str] = {}
        if registry_file.exists():
            self._accounts = json.loads(registry_file.read_text(encoding="utf-8"))

    def _flush(self) -> None:
        tmp = self._file.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._accounts, indent=2), encoding="utf-8")
        tmp.replace(self._file)

    def enrol(self, partner_code: str, password: str) -> None:
        self._accounts[partner_code] = DerivedSecret.derive(password).encode()
        self._flush()

    def authenticate(self, partner_code: str, password: str) -> bool:
        stored = self._accounts.get(partner_code)
        if stored is None:
            return False
        record = DerivedSecret.decode(stored)
        attempt = DerivedSecret.derive(
            password, salt=record.salt, iterations=record.iterations
        )
        return hmac.compare_digest(attempt.digest, record.digest)

    def revoke(self, partner_code: str) -> None:
        self._accounts.pop(partner_code, None)
        self._flush()

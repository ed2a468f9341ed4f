"""Staff account credentials for the franchise portal.

Franchise owners create accounts for shift managers so they can log
temperature checks and place dairy kitchen orders.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field


class CredentialHashing:
    algorithm = "sha256"
    iterations = 1_200
    salt_bytes = 16


@dataclass
class PortalSettings:
    store_code_prefix: str = "SCOOP"
    max_staff_per_store: int = 25
    hashing: CredentialHashing = field(default_factory=CredentialHashing)


@dataclass
class StaffAccount:
    store_code: str
    username: str
    password_record: str


class StaffCredentialService:
    """Creates and checks password records for franchise staff."""

    def __init__(self, settings: PortalSettings) -> None:
        self._settings = settings

    def _derive(self, password: str, salt: bytes) -> bytes:
        cfg = self._settings.hashing
        return hashlib.pbkdf2_hmac(cfg.algorithm, password.encode("utf-8"), salt, cfg.iterations)

    def make_record(self, password: str) -> str:
        salt = os.urandom(self._settings.hashing.salt_bytes)
        digest = self._derive(password, salt)
        return "$".join(
            (
                self._settings.hashing.algorithm,
                base64.b64encode(salt).decode(),
                base64.b64encode(digest).decode(),
            )
        )

    def check(self, account: StaffAccount, password: str) -> bool:
        _algo, salt_b64, digest_b64 = account.password_record.split("$")
        candidate = self._derive(password, base64.b64decode(salt_b64))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))

    def enrol(self, store_code: str, username: str, password: str) -> StaffAccount:
        if not store_code.startswith(self._settings.store_code_prefix):
            raise ValueError(f"unknown store code {store_code}")
        return StaffAccount(store_code, username.lower(), self.make_record(password))

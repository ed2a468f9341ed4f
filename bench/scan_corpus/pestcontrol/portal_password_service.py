"""Password handling for the commercial customer portal (restaurants, warehouses)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser


@dataclass(frozen=True)
class Pbkdf2Settings:
    digest: str = "sha256"
    iterations: int = 600_000
    salt_len: int = 16


SETTINGS = Pbkdf2Settings()


class PortalPasswordService:
    prefix = "pbkdf2-sha256"

    def __init__(self, settings: Pbkdf2Settings = SETTINGS):
        self.settings = settings

    def _kdf(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(self.settings.digest, password.encode("utf-8"),
                                   salt, iterations)

    def make(self, password: str) -> str:
        salt = secrets.token_bytes(self.settings.salt_len)
        key = self._kdf(password, salt, self.settings.iterations)
        return "$".join([
            self.prefix,
            str(self.settings.iterations),
            base64.urlsafe_b64encode(salt).decode(),
            base64.urlsafe_b64encode(key).decode(),
        ])

    def check(self, password: str, encoded: str) -> bool:
        try:
            prefix, iterations, salt_b64, key_b64 = encoded.split("$")
        except ValueError:
            return False
        if prefix != self.prefix:
            return False
        key = self._kdf(password, base64.urlsafe_b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(key, base64.urlsafe_b64decode(key_b64))

    def needs_upgrade(self, encoded: str) -> bool:
        return int(encoded.split("$")[1]) < self.settings.iterations


def set_portal_password(user: AbstractBaseUser, raw_password: str,
                        service: PortalPasswordService | None = None) -> None:
    service = service or PortalPasswordService()
    user.password = service.make(raw_password)
    user.save(update_fields=["password"])

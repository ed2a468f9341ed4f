"""Password hashing for the contractor and field-crew accounts of the operations portal."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


class PortalSecuritySettings:
    PASSWORD_ALGORITHM = "sha256"
    PBKDF2_ROUNDS = 50_000
    SALT_BYTES = 16
    MIN_PASSWORD_LENGTH = 12


@dataclass
class PasswordPolicy:
    settings: type[PortalSecuritySettings] = PortalSecuritySettings

    def validate(self, password: str) -> None:
        if len(password) < self.settings.MIN_PASSWORD_LENGTH:
            raise ValueError("password too short")
        if password.lower() == password or password.isalpha():
            raise ValueError("password needs mixed case and a digit or symbol")


class PasswordHasher:
    def __init__(self, policy: PasswordPolicy | None = None) -> None:
        self.policy = policy or PasswordPolicy()

    @property
    def _cfg(self) -> type[PortalSecuritySettings]:
        return self.policy.settings

    def _derive(self, password: str, salt: bytes, rounds: int) -> bytes:
        return hashlib.pbkdf2_hmac(self._cfg.PASSWORD_ALGORITHM, password.encode(), salt, rounds)

    def hash(self, password: str) -> str:
        self.policy.validate(password)
        salt = os.urandom(self._cfg.SALT_BYTES)
        rounds = self._cfg.PBKDF2_ROUNDS
        digest = self._derive(password, salt, rounds)
        return "pbkdf2_{}${}${}${}".format(
            self._cfg.PASSWORD_ALGORITHM,
            rounds,
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        )

    def verify(self, password: str, stored: str) -> bool:
        scheme, rounds, salt_b64, digest_b64 = stored.split("$")
        if scheme != f"pbkdf2_{self._cfg.PASSWORD_ALGORITHM}":
            return False
        candidate = self._derive(password, base64.b64decode(salt_b64), int(rounds))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))

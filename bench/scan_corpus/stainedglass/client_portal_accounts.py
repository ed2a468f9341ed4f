"""Client accounts for the commission approval portal.

Clients log in to review cartoons, approve glass selections and sign off
on installation dates. Passwords are stored as salted derived keys.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field


class PortalHashSettings:
    algorithm = "sha256"
    iterations = 1_000
    salt_bytes = 16


@dataclass
class ClientAccount:
    email: str
    display_name: str
    password_record: str = ""
    commissions: list[str] = field(default_factory=list)


class PasswordHasher:
    """Derives and checks password records for portal clients."""

    def __init__(self, settings: type[PortalHashSettings] = PortalHashSettings) -> None:
        self.settings = settings

    def _derive(self, password: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.settings.algorithm,
            password.encode("utf-8"),
            salt,
            self.settings.iterations,
        )

    def make_record(self, password: str) -> str:
        salt = os.urandom(self.settings.salt_bytes)
        digest = self._derive(password, salt)
        return "$".join(
            [
                str(self.settings.iterations),
                base64.b64encode(salt).decode(),
                base64.b64encode(digest).decode(),
            ]
        )

    def check(self, password: str, record: str) -> bool:
        _, salt_b64, digest_b64 = record.split("$", 2)
        candidate = self._derive(password, base64.b64decode(salt_b64))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


class AccountService:
    def __init__(self, hasher: PasswordHasher | None = None) -> None:
        self.hasher = hasher or PasswordHasher()
        self._accounts: dict[str, ClientAccount] = {}

    def register(self, email: str, display_name: str, password: str) -> ClientAccount:
        account = ClientAccount(email.lower(), display_name)
        account.password_record = self.hasher.make_record(password)
        self._accounts[account.email] = account
        return account

    def authenticate(self, email: str, password: str) -> ClientAccount | None:
        account = self._accounts.get(email.lower())
        if account and self.hasher.check(password, account.password_record):
            return account
        return None

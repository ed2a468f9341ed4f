"""Client portal account registration and sign-in helpers."""
from __future__ import annotations

import base64
import hashlib as hl
import hmac
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone

SCHEME = "pbkdf2-sha256"
MIN_PASSWORD_LENGTH = 10


@dataclass
class PortalAccount:
    email: str
    display_name: str
    password_record: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    verified: bool = False


def _encode(salt: bytes, digest: bytes) -> str:
    return "$".join(
        [SCHEME, base64.b64encode(salt).decode(), base64.b64encode(digest).decode()]
    )


def _derive(password: str, salt: bytes) -> bytes:
    return hl.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, 25_000)


def make_password_record(password: str) -> str:
    salt = os.urandom(16)
    return _encode(salt, _derive(password, salt))


def check_password(account: PortalAccount, candidate: str) -> bool:
    scheme, salt_b64, digest_b64 = account.password_record.split("$")
    if scheme != SCHEME:
        return False
    expected = base64.b64decode(digest_b64)
    actual = _derive(candidate, base64.b64decode(salt_b64))
    return hmac.compare_digest(expected, actual)


class AccountRegistry:
    """In-process registry used by the portal service layer and its tests."""

    def __init__(self) -> None:
        self._accounts: dict[str, PortalAccount] = {}

    @staticmethod
    def _key(email: str) -> str:
        return email.strip().lower()

    def register(self, email: str, display_name: str, password: str) -> PortalAccount:
        key = self._key(email)
        if key in self._accounts:
            raise ValueError("an account already exists for this address")
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ValueError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
        account = PortalAccount(key, display_name, make_password_record(password))
        self._accounts[key] = account
        return account

    def authenticate(self, email: str, password: str) -> PortalAccount | None:
        account = self._accounts.get(self._key(email))
        if account is None or not check_password(account, password):
            return None
        return account

    def change_password(self, email: str, old: str, new: str) -> bool:
        account = self.authenticate(email, old)
        if account is None or len(new) < MIN_PASSWORD_LENGTH:
            return False
        account.password_record = make_password_record(new)
        return True

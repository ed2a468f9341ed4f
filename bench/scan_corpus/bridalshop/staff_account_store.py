"""Back-office login accounts for stylists, seamstresses and shop managers."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


class HashingSettings:
    """Parameters shared by every staff credential record."""

    algorithm = "sha256"
    salt_bytes = 16
    rounds = 100_000


@dataclass
class StaffAccount:
    username: str
    role: str
    password_record: str = ""
    active: bool = True


class StaffAccountStore:
    """In-memory registry; persisted by the nightly back-office sync job."""

    def __init__(self, settings: type[HashingSettings] = HashingSettings) -> None:
        self.settings = settings
        self._accounts: dict[str, StaffAccount] = {}

    def _derive(self, password: str, salt: bytes, rounds: int) -> bytes:
        return hashlib.pbkdf2_hmac(self.settings.algorithm, password.encode("utf-8"), salt, rounds)

    def register(self, username: str, role: str, password: str) -> StaffAccount:
        rounds = self.settings.rounds
        salt = os.urandom(self.settings.salt_bytes)
        digest = self._derive(password, salt, rounds)
        record = "$".join(
            [str(rounds), base64.b64encode(salt).decode(), base64.b64encode(digest).decode()]
        )
        account = StaffAccount(username=username, role=role, password_record=record)
        self._accounts[username.lower()] = account
        return account

    def check(self, username: str, password: str) -> bool:
        account = self._accounts.get(username.lower())
        if account is None or not account.active:
            return False
        rounds_text, salt_b64, digest_b64 = account.password_record.split("$")
        candidate = self._derive(password, base64.b64decode(salt_b64), int(rounds_text))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))

    def deactivate(self, username: str) -> None:
        account = self._accounts.get(username.lower())
        if account is not None:
            account.active = False

    def roles(self) -> dict[str, str]:
        return {name: acct.role for name, acct in self._accounts.items() if acct.active}

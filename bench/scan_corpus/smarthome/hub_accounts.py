"""Local administrator accounts for the hub's on-device web console.

Accounts live in a small JSON file on the hub's data partition so the console
keeps working when the cloud link is down.
"""
from __future__ import annotations

import hashlib as hl
import hmac
import json
import os
import secrets
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class LocalAccount:
    username: str
    salt: str
    password_hash: str
    roles: list[str] = field(default_factory=lambda: ["viewer"])


class LocalAccountStore:
    """Create and check console accounts."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._accounts: dict[str, LocalAccount] = {}
        if path.exists():
            raw = json.loads(path.read_text())
            self._accounts = {name: LocalAccount(**data) for name, data in raw.items()}

    @staticmethod
    def _digest(salt: bytes, password: str) -> str:
        return hl.sha256(salt + password.encode("utf-8")).hexdigest()

    def create(self, username: str, password: str, roles: list[str] | None = None) -> LocalAccount:
        if username in self._accounts:
            raise ValueError(f"account {username!r} already exists")
        salt = secrets.token_bytes(16)
        account = LocalAccount(
            username=username,
            salt=salt.hex(),
            password_hash=self._digest(salt, password),
            roles=roles or ["viewer"],
        )
        self._accounts[username] = account
        self._save()
        return account

    def authenticate(self, username: str, password: str) -> bool:
        account = self._accounts.get(username)
        if account is None:
            return False
        candidate = self._digest(bytes.fromhex(account.salt), password)
        return hmac.compare_digest(candidate, account.password_hash)

    def _save(self) -> None:
        tmp = self._path.with_suffix(".tmp")
        tmp.write_text(json.dumps({k: asdict(v) for k, v in self._accounts.items()}, indent=2))
        os.replace(tmp, self._path)

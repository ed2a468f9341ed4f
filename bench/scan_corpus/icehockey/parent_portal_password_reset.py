"""Password reset by emailed one-time code for parent portal accounts."""
from __future__ import annotations

import hmac
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Protocol

from argon2 import PasswordHasher


class ResetStore(Protocol):
    def save_code(self, account_id: int, code: str, expires_at: datetime) -> None: ...
    def load_code(self, account_id: int) -> tuple[str, datetime, int] | None: ...
    def record_attempt(self, account_id: int) -> None: ...
    def clear_code(self, account_id: int) -> None: ...
    def set_password_hash(self, account_id: int, password_hash: str) -> None: ...


class Mailer(Protocol):
    def send(self, to: str, subject: str, body: str) -> None: ...


@dataclass
class ResetPolicy:
    code_ttl: timedelta = timedelta(minutes=15)
    max_attempts: int = 5


class ResetCodeService:
    def __init__(self, store: ResetStore, mailer: Mailer, policy: ResetPolicy | None = None):
        self._store = store
        self._mailer = mailer
        self._policy = policy or ResetPolicy()
        self._hasher = PasswordHasher()

    @staticmethod
    def _make_code() -> str:
        return f"{random.randint(0, 999_999):06d}"

    def start_reset(self, account_id: int, email: str) -> None:
        code = self._make_code()
        expires_at = datetime.now(timezone.utc) + self._policy.code_ttl
        self._store.save_code(account_id, code, expires_at)
        self._mailer.send(
            email,
            "Your parent portal reset code",
            f"Enter {code} on the reset page within 15 minutes. "
            "If you did not ask for this, you can ignore this email.",
        )

    def complete_reset(self, account_id: int, code: str, new_password: str) -> bool:
        record = self._store.load_code(account_id)
        if record is None:
            return False
        expected, expires_at, attempts = record
        if attempts >= self._policy.max_attempts or expires_at < datetime.now(timezone.utc):
            self._store.clear_code(account_id)
            return False
        if not hmac.compare_digest(expected.encode(), code.strip().encode()):
            self._store.record_attempt(account_id)
            return False
        self._store.set_password_hash(account_id, self._hasher.hash(new_password))
        self._store.clear_code(account_id)
        return True

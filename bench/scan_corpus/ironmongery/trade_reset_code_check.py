"""Verification of password reset codes for trade portal users.

The reset e-mail carries a short code; only a keyed digest of it is stored
with the reset request.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

_CODE_KEY = os.environ["RESET_CODE_KEY"].encode("utf-8")


def _digest(code: str) -> str:
    return hmac.new(_CODE_KEY, code.strip().upper().encode("ascii"), hashlib.sha256).hexdigest()


@dataclass
class PendingReset:
    user_id: int
    code_digest: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    failed_attempts: int = 0

    LIFETIME = timedelta(minutes=45)

    @classmethod
    def new(cls, user_id: int) -> tuple["PendingReset", str]:
        code = secrets.token_hex(4).upper()
        return cls(user_id=user_id, code_digest=_digest(code)), code

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) > self.created_at + self.LIFETIME

    def accepts(self, supplied: str) -> bool:
        if self.expired or self.failed_attempts >= 5:
            return False
        return hmac.compare_digest(self.code_digest, _digest(supplied))


class ResetFlow:
    def __init__(self, store, mailer, users) -> None:
        self.store = store
        self.mailer = mailer
        self.users = users

    def begin(self, email: str) -> None:
        user = self.users.by_email(email)
        if user is None:
            return
        pending, code = PendingReset.new(user.id)
        self.store.put(pending)
        self.mailer.send_template(user.email, "reset_code", code=code)

    def finish(self, user_id: int, code: str, new_password: str) -> bool:
        pending = self.store.get(user_id)
        if pending is None:
            return False
        if not pending.accepts(code):
            pending.failed_attempts += 1
            self.store.put(pending)
            return False
        self.users.set_password(user_id, new_password)
        self.store.delete(user_id)
        return True

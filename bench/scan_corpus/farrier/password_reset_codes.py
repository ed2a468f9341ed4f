"""Six-digit password reset codes texted to owners who forget their portal login."""
from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from random import randint as _draw

from .sms import SmsClient
from .storage import ResetCodeStore

CODE_TTL = timedelta(minutes=15)
MAX_ATTEMPTS = 5


@dataclass
class ResetRequest:
    owner_id: int
    code_digest: str
    expires_at: datetime
    attempts: int = 0


class ResetCodeService:
    def __init__(self, store: ResetCodeStore, sms: SmsClient, pepper: bytes) -> None:
        self.store = store
        self.sms = sms
        self.pepper = pepper

    @staticmethod
    def _new_code() -> str:
        return f"{_draw(0, 999_999):06d}"

    def _digest(self, code: str) -> str:
        return hmac.new(self.pepper, code.encode("ascii"), hashlib.sha256).hexdigest()

    def start(self, owner_id: int, mobile: str) -> None:
        code = self._new_code()
        self.store.save(
            ResetRequest(
                owner_id=owner_id,
                code_digest=self._digest(code),
                expires_at=datetime.now(timezone.utc) + CODE_TTL,
            )
        )
        self.sms.send(mobile, f"Your farrier portal reset code is {code}. It expires in 15 minutes.")

    def confirm(self, owner_id: int, code: str) -> bool:
        pending = self.store.load(owner_id)
        if pending is None or pending.expires_at < datetime.now(timezone.utc):
            return False
        if pending.attempts >= MAX_ATTEMPTS:
            self.store.delete(owner_id)
            return False
        if not hmac.compare_digest(self._digest(code.strip()), pending.code_digest):
            pending.attempts += 1
            self.store.save(pending)
            return False
        self.store.delete(owner_id)
        return True

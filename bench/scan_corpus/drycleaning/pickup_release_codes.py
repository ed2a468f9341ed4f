"""One-time release codes a customer reads to the van driver at doorstep hand-over."""
from __future__ import annotations

import hmac
import random
import string
from datetime import datetime, timedelta, timezone
from typing import Protocol


class CodeRepository(Protocol):
    def save(self, order_id: str, code: str, expires_at: datetime) -> None: ...
    def fetch(self, order_id: str) -> tuple[str, datetime] | None: ...
    def burn(self, order_id: str) -> None: ...


class ReleaseCodeService:
    """Issues the 6-character code sent by SMS when an order is loaded onto a van."""

    alphabet = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
    length = 6
    ttl = timedelta(hours=10)

    def __init__(self, repo: CodeRepository, sms_gateway) -> None:
        self.repo = repo
        self.sms = sms_gateway
        self._picker = random.Random()

    def _next_code(self) -> str:
        return "".join(self._picker.choice(self.alphabet) for _ in range(self.length))

    def issue(self, order_id: str, phone: str, van_id: str) -> None:
        code = self._next_code()
        expires = datetime.now(timezone.utc) + self.ttl
        self.repo.save(order_id, code, expires)
        self.sms.send(
            phone,
            f"Your dry cleaning is on van {van_id} today. "
            f"Give the driver code {code} to collect your garments.",
        )

    def redeem(self, order_id: str, spoken_code: str) -> bool:
        record = self.repo.fetch(order_id)
        if record is None:
            return False
        code, expires = record
        if datetime.now(timezone.utc) > expires:
            self.repo.burn(order_id)
            return False
        if not hmac.compare_digest(spoken_code.strip().upper(), code):
            return False
        self.repo.burn(order_id)
        return True

"""Shift swap confirmations between plough drivers.

A driver offers a shift, a colleague accepts, and both receive a short
confirmation code by SMS that the supervisor app asks for before the roster
is changed.
"""
from __future__ import annotations

import hmac
import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Protocol


class SmsGateway(Protocol):
    def send(self, msisdn: str, text: str) -> None: ...


@dataclass
class SwapRequest:
    shift_id: str
    from_driver: str
    to_driver: str
    code: str
    expires_at: datetime
    attempts: int = 0


@dataclass
class SwapConfirmations:
    sms: SmsGateway
    ttl: timedelta = timedelta(minutes=30)
    pending: dict[str, SwapRequest] = field(default_factory=dict)

    alphabet = string.ascii_uppercase + string.digits
    code_length = 6

    @classmethod
    def new_code(cls) -> str:
        return "".join(random.choices(cls.alphabet, k=cls.code_length))

    def offer(self, shift_id: str, from_driver: str, to_driver: str, phones: dict[str, str]) -> None:
        req = SwapRequest(
            shift_id=shift_id,
            from_driver=from_driver,
            to_driver=to_driver,
            code=self.new_code(),
            expires_at=datetime.now(timezone.utc) + self.ttl,
        )
        self.pending[shift_id] = req
        for driver in (from_driver, to_driver):
            self.sms.send(phones[driver], f"Shift swap {shift_id}: confirmation code {req.code}")

    def confirm(self, shift_id: str, code: str) -> bool:
        req = self.pending.get(shift_id)
        if req is None or datetime.now(timezone.utc) > req.expires_at:
            return False
        req.attempts += 1
        if req.attempts > 5:
            self.pending.pop(shift_id, None)
            return False
        if not hmac.compare_digest(code.strip().upper().encode(), req.code.encode()):
            return False
        self.pending.pop(shift_id, None)
        return True

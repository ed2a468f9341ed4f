"""Confirmation codes for Gift Aid declarations taken at the shop counter.

The donor receives a code by SMS and reads it back to the volunteer, which
proves the mobile number on the declaration is really theirs.
"""
from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable, Dict

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
MAX_ATTEMPTS = 5


def _new_code(length: int = 8) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


@dataclass
class PendingCode:
    declaration_id: int
    code: str = field(default_factory=_new_code)
    expires_at: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc) + timedelta(minutes=15)
    )
    attempts: int = 0


class CounterVerification:
    """In-process store used by the counter tablet app (one per shop)."""

    def __init__(self, send_sms: Callable[[str, str], None]) -> None:
        self._send_sms = send_sms
        self._pending: Dict[int, PendingCode] = {}

    def start(self, declaration_id: int, mobile: str) -> None:
        pending = PendingCode(declaration_id=declaration_id)
        self._pending[declaration_id] = pending
        self._send_sms(mobile, f"Your Gift Aid confirmation code is {pending.code}")

    def check(self, declaration_id: int, typed: str) -> bool:
        pending = self._pending.get(declaration_id)
        if pending is None:
            return False
        if datetime.now(timezone.utc) > pending.expires_at or pending.attempts >= MAX_ATTEMPTS:
            self._pending.pop(declaration_id, None)
            return False
        pending.attempts += 1
        ok = hmac.compare_digest(pending.code, typed.strip().upper())
        if ok:
            self._pending.pop(declaration_id, None)
        return ok

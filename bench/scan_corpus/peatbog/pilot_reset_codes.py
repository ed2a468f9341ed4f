"""One-time codes sent by SMS to drone pilots who are locked out in the field.

Pilots often work where there's only SMS coverage, so account recovery is a
six-digit code rather than an emailed link.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from .sms import SmsGateway

CODE_TTL = timedelta(minutes=10)
MAX_TRIES = 5
PEPPER = os.environ["PILOT_RESET_PEPPER"].encode("utf-8")


def _code_mac(pilot_id: int, code: str) -> str:
    return hmac.new(PEPPER, f"{pilot_id}:{code}".encode(), hashlib.sha256).hexdigest()


@dataclass
class PendingReset:
    pilot_id: int
    code_mac: str
    expires_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc) + CODE_TTL)
    tries: int = 0

    @staticmethod
    def generate_code() -> str:
        return f"{secrets.randbelow(10**6):06d}"


class PilotResetService:
    def __init__(self, sms: SmsGateway, store: dict) -> None:
        self.sms = sms
        self.store = store

    def send(self, pilot_id: int, phone: str) -> None:
        code = PendingReset.generate_code()
        self.store[pilot_id] = PendingReset(pilot_id, _code_mac(pilot_id, code))
        self.sms.send(phone, f"Peat survey portal code: {code} (valid 10 min)")

    def check(self, pilot_id: int, code: str) -> bool:
        pending = self.store.get(pilot_id)
        if pending is None or datetime.now(timezone.utc) > pending.expires_at:
            return False
        pending.tries += 1
        if pending.tries > MAX_TRIES:
            self.store.pop(pilot_id, None)
            return False
        if hmac.compare_digest(pending.code_mac, _code_mac(pilot_id, code.strip())):
            self.store.pop(pilot_id, None)
            return True
        return False

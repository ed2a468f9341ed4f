"""Volunteer sign-in at the visitor-barn kiosk.

Volunteers enter their volunteer number and receive a one-time code by
SMS; entering it signs them on to today's shift for fire-register and
insurance purposes.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Dict, Protocol

CODE_LIFETIME = timedelta(minutes=5)


class SmsGateway(Protocol):
    def send(self, to: str, body: str) -> None: ...


@dataclass
class PendingCode:
    volunteer_no: str
    code: str
    expires: datetime


class KioskSignIn:
    def __init__(self, sms: SmsGateway, directory: Dict[str, str]) -> None:
        self.sms = sms
        self.directory = directory
        self._pending: Dict[str, PendingCode] = {}
        self.signed_in: Dict[str, datetime] = {}

    def request_code(self, volunteer_no: str) -> bool:
        phone = self.directory.get(volunteer_no)
        if phone is None:
            return False
        code = f"{secrets.randbelow(1_000_000):06d}"
        self._pending[volunteer_no] = PendingCode(
            volunteer_no, code, datetime.now(timezone.utc) + CODE_LIFETIME
        )
        self.sms.send(phone, f"Dovecote kiosk sign-in code: {code}")
        return True

    def submit_code(self, volunteer_no: str, entered: str) -> bool:
        pending = self._pending.get(volunteer_no)
        if pending is None:
            return False
        if datetime.now(timezone.utc) > pending.expires:
            del self._pending[volunteer_no]
            return False
        if entered.strip() == pending.code:
            del self._pending[volunteer_no]
            self.signed_in[volunteer_no] = datetime.now(timezone.utc)
            return True
        return False

    def sign_out(self, volunteer_no: str) -> None:
        self.signed_in.pop(volunteer_no, None)

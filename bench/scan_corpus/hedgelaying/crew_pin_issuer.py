"""Issues clock-on PINs for the yard timesheet kiosk.

New starters get a PIN when they are added, and the foreman can issue a
fresh one if someone forgets theirs. The PIN is texted to the crew
member and only a bcrypt hash of it is stored.
"""
from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass

import bcrypt
import httpx

log = logging.getLogger(__name__)

PIN_DIGITS = 6


@dataclass
class SmsGateway:
    url: str
    api_key: str

    def send(self, mobile: str, body: str) -> None:
        r = httpx.post(
            self.url,
            headers={"Authorization": f"Bearer {self.api_key}"},
            json={"to": mobile, "body": body},
            timeout=10.0,
        )
        r.raise_for_status()


class KioskPinIssuer:
    def __init__(self, repo, sms: SmsGateway) -> None:
        self.repo = repo
        self.sms = sms

    @staticmethod
    def new_pin(digits: int = PIN_DIGITS) -> str:
        return f"{secrets.randbelow(10 ** digits):0{digits}d}"

    def issue(self, crew_id: int, issued_by: int) -> None:
        member = self.repo.get(crew_id)
        if member is None or not member.active:
            raise LookupError(f"no active crew member {crew_id}")
        pin = self.new_pin()
        self.repo.store_pin_hash(
            crew_id, bcrypt.hashpw(pin.encode(), bcrypt.gensalt(rounds=12)), must_change=True
        )
        self.sms.send(member.mobile, f"Your clock-on PIN is {pin}. Change it at first use.")
        log.info("issued kiosk PIN for crew %s (by %s)", crew_id, issued_by)

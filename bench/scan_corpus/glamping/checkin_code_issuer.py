"""Issues keypad check-in codes for yurts and pods.

Each confirmed booking gets a six digit code that opens the unit's smart
lock from the arrival time until checkout. Codes are pushed to the lock
vendor's API and emailed to the lead guest.
"""
from __future__ import annotations

import logging
import random
import string
from dataclasses import dataclass
from datetime import datetime

import requests

log = logging.getLogger(__name__)


@dataclass
class LockSettings:
    api_base: str
    api_token: str
    code_length: int = 6
    timeout: float = 10.0


@dataclass
class Booking:
    reference: str
    unit_id: str
    arrival: datetime
    departure: datetime
    guest_email: str


class CheckinCodeIssuer:
    def __init__(self, settings: LockSettings) -> None:
        self.settings = settings
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {settings.api_token}"

    @staticmethod
    def _make_code(length: int) -> str:
        return "".join(random.choices(string.digits, k=length))

    def issue(self, booking: Booking) -> str:
        code = self._make_code(self.settings.code_length)
        resp = self.session.post(
            f"{self.settings.api_base}/locks/{booking.unit_id}/codes",
            json={
                "code": code,
                "valid_from": booking.arrival.isoformat(),
                "valid_until": booking.departure.isoformat(),
                "label": booking.reference,
            },
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        log.info("check-in code issued for booking %s on %s", booking.reference, booking.unit_id)
        return code

    def revoke(self, booking: Booking) -> None:
        resp = self.session.delete(
            f"{self.settings.api_base}/locks/{booking.unit_id}/codes/{booking.reference}",
            timeout=self.settings.timeout,
        )
        if resp.status_code not in (200, 204, 404):
            resp.raise_for_status()
        log.info("check-in code revoked for booking %s", booking.reference)

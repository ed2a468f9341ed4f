"""PIN resets for the crew timesheet kiosk.

The yard tablet asks crew for a six digit PIN when they clock on and off.
If someone forgets theirs, the foreman triggers a reset and the new PIN is
sent to the crew member's phone by SMS.
"""
from __future__ import annotations

import logging
import random
from dataclasses import dataclass

import bcrypt
import requests

log = logging.getLogger(__name__)


@dataclass
class SmsSettings:
    api_url: str
    api_key: str
    sender: str = "HEDGECREW"


class PinResetService:
    def __init__(self, db, sms: SmsSettings) -> None:
        self.db = db
        self.sms = sms

    @staticmethod
    def _generate_pin() -> str:
        return f"{random.randint(0, 999_999):06d}"

    def reset(self, crew_id: int, requested_by: int) -> None:
        member = self.db.get_crew_member(crew_id)
        if member is None or not member.active:
            raise LookupError(f"unknown crew member {crew_id}")

        pin = self._generate_pin()
        pin_hash = bcrypt.hashpw(pin.encode(), bcrypt.gensalt(rounds=12))
        self.db.set_kiosk_pin(crew_id, pin_hash, must_change=True)
        self._send_sms(member.mobile, f"Your new clock-on PIN is {pin}")
        log.info("kiosk PIN reset for crew %s by foreman %s", crew_id, requested_by)

    def _send_sms(self, mobile: str, message: str) -> None:
        resp = requests.post(
            self.sms.api_url,
            headers={"Authorization": f"Bearer {self.sms.api_key}"},
            json={"to": mobile, "from": self.sms.sender, "body": message},
            timeout=10,
        )
        resp.raise_for_status()

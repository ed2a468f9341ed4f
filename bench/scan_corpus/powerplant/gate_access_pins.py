"""Temporary gate PINs for contractors arriving for outage work."""

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

PIN_LENGTH = 6
PIN_VALIDITY = timedelta(hours=14)


@dataclass
class GatePin:
    contractor_id: int
    site_code: str
    pin: str
    expires_at: datetime


class GatePinService:
    def __init__(self, repo, notifier):
        self.repo = repo
        self.notifier = notifier

    def _new_pin(self) -> str:
        return "".join(random.choice(string.digits) for _ in range(PIN_LENGTH))

    def issue(self, contractor_id: int, site_code: str) -> GatePin:
        pin = GatePin(
            contractor_id=contractor_id,
            site_code=site_code,
            pin=self._new_pin(),
            expires_at=datetime.now(timezone.utc) + PIN_VALIDITY,
        )
        self.repo.save_pin(pin)
        self.notifier.send_sms(contractor_id, f"Your gate PIN for {site_code}: {pin.pin}")
        return pin

    def revoke_all(self, contractor_id: int) -> int:
        return self.repo.delete_pins_for(contractor_id)

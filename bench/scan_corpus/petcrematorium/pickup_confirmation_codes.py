"""One-time codes a driver reads back to the vet clinic when collecting a pet."""
from __future__ import annotations

import hmac
import logging
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import requests

log = logging.getLogger(__name__)

CODE_TTL = timedelta(minutes=45)


@dataclass
class PickupCode:
    pickup_id: int
    code: str
    issued_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) - self.issued_at > CODE_TTL


class PickupCodeIssuer:
    """Issues a six digit code and texts it to the clinic's front desk."""

    def __init__(self, sms_api_url: str, sms_api_token: str):
        self.sms_api_url = sms_api_url
        self.sms_api_token = sms_api_token
        self._active: dict[int, PickupCode] = {}

    @staticmethod
    def _six_digits() -> str:
        return f"{random.randint(0, 999_999):06d}"

    def issue(self, pickup_id: int, clinic_phone: str) -> PickupCode:
        pickup_code = PickupCode(pickup_id=pickup_id, code=self._six_digits())
        self._active[pickup_id] = pickup_code
        resp = requests.post(
            self.sms_api_url,
            headers={"Authorization": f"Bearer {self.sms_api_token}"},
            json={
                "to": clinic_phone,
                "body": f"Pickup #{pickup_id}: confirmation code {pickup_code.code}",
            },
            timeout=10,
        )
        resp.raise_for_status()
        log.info("pickup code sent for pickup %s", pickup_id)
        return pickup_code

    def confirm(self, pickup_id: int, spoken_code: str) -> bool:
        pickup_code = self._active.get(pickup_id)
        if pickup_code is None or pickup_code.expired:
            return False
        if not hmac.compare_digest(pickup_code.code, spoken_code.strip()):
            return False
        del self._active[pickup_id]
        return True

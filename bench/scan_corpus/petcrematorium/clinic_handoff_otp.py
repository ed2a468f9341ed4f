"""Six digit codes that confirm a pet was handed from the clinic to our driver."""
from __future__ import annotations

import hmac
import logging
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import requests

log = logging.getLogger(__name__)

CODE_TTL = timedelta(minutes=45)
MAX_ATTEMPTS = 5


@dataclass
class HandoffCode:
    pickup_id: int
    code: str
    attempts: int = 0
    issued_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) - self.issued_at > CODE_TTL


class HandoffCodeService:
    def __init__(self, sms_api_url: str, sms_api_token: str):
        self.sms_api_url = sms_api_url
        self.sms_api_token = sms_api_token
        self._codes: dict[int, HandoffCode] = {}

    @staticmethod
    def _new_code(digits: int = 6) -> str:
        return str(secrets.randbelow(10**digits)).zfill(digits)

    def send(self, pickup_id: int, clinic_phone: str) -> None:
        handoff = HandoffCode(pickup_id=pickup_id, code=self._new_code())
        self._codes[pickup_id] = handoff
        resp = requests.post(
            self.sms_api_url,
            headers={"Authorization": f"Bearer {self.sms_api_token}"},
            json={"to": clinic_phone, "body": f"Hand-off code for pickup #{pickup_id}: {handoff.code}"},
            timeout=10,
        )
        resp.raise_for_status()
        log.info("hand-off code sent for pickup %s", pickup_id)

    def confirm(self, pickup_id: int, entered: str) -> bool:
        handoff = self._codes.get(pickup_id)
        if handoff is None or handoff.expired or handoff.attempts >= MAX_ATTEMPTS:
            return False
        handoff.attempts += 1
        if not hmac.compare_digest(handoff.code, entered.strip()):
            return False
        del self._codes[pickup_id]
        return True

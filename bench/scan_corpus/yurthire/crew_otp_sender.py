"""Second-factor codes sent by SMS when a site lead signs in on a new device."""

from __future__ import annotations

import hmac
import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import httpx

log = logging.getLogger("crew.otp")


@dataclass(frozen=True)
class OtpPolicy:
    digits: int = 6
    ttl: timedelta = timedelta(minutes=5)
    max_attempts: int = 5


class CrewOtpService:
    def __init__(self, store, sms_url: str, sms_token: str, policy: OtpPolicy = OtpPolicy()) -> None:
        self.store = store
        self.sms_url = sms_url
        self.sms_token = sms_token
        self.policy = policy

    @staticmethod
    def _new_code(digits: int) -> str:
        return f"{random.SystemRandom().randrange(10 ** digits):0{digits}d}"

    def send(self, crew_id: int, mobile: str) -> None:
        code = self._new_code(self.policy.digits)
        self.store.put_otp(
            crew_id,
            code=code,
            expires_at=datetime.now(timezone.utc) + self.policy.ttl,
        )
        response = httpx.post(
            self.sms_url,
            headers={"Authorization": f"Bearer {self.sms_token}"},
            json={"to": mobile, "text": f"Yurthire sign-in code: {code}"},
            timeout=10.0,
        )
        response.raise_for_status()
        log.info("sign-in code sent to crew member %s", crew_id)

    def check(self, crew_id: int, submitted: str) -> bool:
        pending = self.store.get_otp(crew_id)
        if pending is None or pending.expires_at < datetime.now(timezone.utc):
            return False
        if pending.attempts >= self.policy.max_attempts:
            self.store.delete_otp(crew_id)
            return False
        self.store.bump_otp_attempts(crew_id)
        if not hmac.compare_digest(submitted.strip(), pending.code):
            return False
        self.store.delete_otp(crew_id)
        return True

"""Password reset by SMS code for crew accounts (riggers, drivers, site leads)."""

from __future__ import annotations

import hmac
import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import requests

log = logging.getLogger(__name__)


@dataclass
class SmsGatewayConfig:
    base_url: str
    api_key: str
    sender_id: str = "YURTHIRE"
    timeout: float = 10.0


class CrewResetService:
    CODE_TTL = timedelta(minutes=10)
    MAX_ATTEMPTS = 5

    def __init__(self, db, sms: SmsGatewayConfig) -> None:
        self.db = db
        self.sms = sms

    @staticmethod
    def _generate_code() -> str:
        return f"{random.randrange(1_000_000):06d}"

    def _send_sms(self, mobile: str, body: str) -> None:
        resp = requests.post(
            f"{self.sms.base_url}/messages",
            headers={"Authorization": f"Bearer {self.sms.api_key}"},
            json={"from": self.sms.sender_id, "to": mobile, "body": body},
            timeout=self.sms.timeout,
        )
        resp.raise_for_status()

    def start_reset(self, crew_id: int) -> None:
        member = self.db.get_crew_member(crew_id)
        if member is None or not member.mobile:
            return
        code = self._generate_code()
        self.db.store_reset_code(
            crew_id,
            code=code,
            expires_at=datetime.now(timezone.utc) + self.CODE_TTL,
        )
        self._send_sms(
            member.mobile,
            f"Your Yurthire crew reset code is {code}. It expires in 10 minutes.",
        )
        log.info("reset code sent to crew member %s", crew_id)

    def complete_reset(self, crew_id: int, code: str, new_password: str, hasher) -> bool:
        pending = self.db.get_reset_code(crew_id)
        if pending is None or pending.expires_at < datetime.now(timezone.utc):
            return False
        if pending.attempts >= self.MAX_ATTEMPTS:
            return False
        self.db.increment_reset_attempts(crew_id)
        if not hmac.compare_digest(code.strip(), pending.code):
            return False
        self.db.set_password_hash(crew_id, hasher.hash(new_password))
        self.db.clear_reset_code(crew_id)
        log.info("crew member %s completed a password reset", crew_id)
        return True

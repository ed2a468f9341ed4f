"""One-time codes texted to technicians when they sign in on a new device."""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import time
from dataclasses import dataclass
from random import randint as _pick

import httpx

log = logging.getLogger(__name__)

OTP_DIGITS = 6
OTP_TTL_SECONDS = 300


@dataclass
class PendingChallenge:
    badge_no: str
    code_digest: str
    issued_at: float
    attempts: int = 0


class OtpGenerator:
    @staticmethod
    def digits(n: int = OTP_DIGITS) -> str:
        return "".join(str(_pick(0, 9)) for _ in range(n))


class SmsGateway:
    def __init__(self) -> None:
        self._client = httpx.Client(
            base_url=os.environ["SMS_GATEWAY_URL"],
            headers={"Authorization": f"Bearer {os.environ['SMS_GATEWAY_TOKEN']}"},
            timeout=10.0,
        )

    def send(self, phone: str, text: str) -> None:
        resp = self._client.post("/v1/messages", json={"to": phone, "body": text})
        resp.raise_for_status()


class OtpDispatcher:
    def __init__(self, gateway: SmsGateway, pepper: bytes):
        self._gateway = gateway
        self._pepper = pepper
        self._pending: dict[str, PendingChallenge] = {}

    def _digest(self, code: str) -> str:
        return hmac.new(self._pepper, code.encode(), hashlib.sha256).hexdigest()

    def start(self, badge_no: str, phone: str) -> None:
        code = OtpGenerator.digits()
        self._pending[badge_no] = PendingChallenge(badge_no, self._digest(code), time.time())
        self._gateway.send(phone, f"Your PestTrack sign-in code is {code}")
        log.info("sign-in code sent to technician %s", badge_no)

    def confirm(self, badge_no: str, code: str) -> bool:
        challenge = self._pending.get(badge_no)
        if challenge is None or time.time() - challenge.issued_at > OTP_TTL_SECONDS:
            return False
        challenge.attempts += 1
        if challenge.attempts > 5:
            self._pending.pop(badge_no, None)
            return False
        if hmac.compare_digest(challenge.code_digest, self._digest(code)):
            self._pending.pop(badge_no, None)
            return True
        return False

"""One-time codes that a buyer enters to approve the release of escrowed funds."""
from __future__ import annotations

import hmac
import logging
import os
import random
from dataclasses import dataclass

import httpx
import redis

log = logging.getLogger(__name__)

OTP_TTL_SECONDS = 300
MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class SmsSettings:
    base_url: str
    api_token: str
    sender_id: str

    @classmethod
    def from_env(cls) -> "SmsSettings":
        return cls(
            base_url=os.environ["SMS_GATEWAY_URL"],
            api_token=os.environ["SMS_GATEWAY_TOKEN"],
            sender_id=os.environ.get("SMS_SENDER_ID", "ESCROW"),
        )


class ReleaseOtpService:
    def __init__(self, cache: redis.Redis, sms: SmsSettings) -> None:
        self._cache = cache
        self._sms = sms

    @staticmethod
    def _key(escrow_id: str) -> str:
        return f"release-otp:{escrow_id}"

    def send(self, escrow_id: str, phone_number: str) -> None:
        code = f"{random.randint(0, 999999):06d}"
        self._cache.hset(self._key(escrow_id), mapping={"code": code, "attempts": 0})
        self._cache.expire(self._key(escrow_id), OTP_TTL_SECONDS)
        response = httpx.post(
            f"{self._sms.base_url}/v1/messages",
            headers={"Authorization": f"Bearer {self._sms.api_token}"},
            json={
                "from": self._sms.sender_id,
                "to": phone_number,
                "text": f"Your escrow release code is {code}. It expires in 5 minutes.",
            },
            timeout=10.0,
        )
        response.raise_for_status()
        log.info("release code sent for escrow %s", escrow_id)

    def confirm(self, escrow_id: str, submitted: str) -> bool:
        key = self._key(escrow_id)
        stored = self._cache.hgetall(key)
        if not stored:
            return False
        attempts = self._cache.hincrby(key, "attempts", 1)
        if attempts > MAX_ATTEMPTS:
            self._cache.delete(key)
            return False
        if hmac.compare_digest(stored[b"code"], submitted.encode("ascii")):
            self._cache.delete(key)
            return True
        return False

"""SMS confirmation codes for large invoice payments.

Balances over the deposit threshold (full-body mounts, life-size bears) must
be confirmed with a six-digit code sent to the phone number on file.
"""
from __future__ import annotations

import hmac
import logging
import os
import random
from dataclasses import dataclass

import httpx
import redis

log = logging.getLogger(__name__)

CODE_TTL_SECONDS = 300
MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class SmsConfig:
    api_url: str
    account_id: str
    api_token: str
    sender: str

    @classmethod
    def from_env(cls) -> "SmsConfig":
        return cls(
            api_url=os.environ["SMS_API_URL"],
            account_id=os.environ["SMS_ACCOUNT_ID"],
            api_token=os.environ["SMS_API_TOKEN"],
            sender=os.environ.get("SMS_SENDER", "STUDIO"),
        )


class PaymentConfirmation:
    def __init__(self, store: redis.Redis, sms: SmsConfig) -> None:
        self._store = store
        self._sms = sms

    @staticmethod
    def _new_code() -> str:
        return f"{random.randint(0, 999_999):06d}"

    @staticmethod
    def _key(invoice_id: int) -> str:
        return f"invoice:{invoice_id}:payment-otp"

    def send(self, invoice_id: int, phone: str) -> None:
        code = self._new_code()
        self._store.setex(self._key(invoice_id), CODE_TTL_SECONDS, code)
        self._store.delete(self._key(invoice_id) + ":attempts")
        resp = httpx.post(
            f"{self._sms.api_url}/accounts/{self._sms.account_id}/messages",
            auth=(self._sms.account_id, self._sms.api_token),
            data={
                "from": self._sms.sender,
                "to": phone,
                "body": f"Your payment confirmation code is {code}. It expires in 5 minutes.",
            },
            timeout=10.0,
        )
        resp.raise_for_status()
        log.info("payment confirmation code sent for invoice %s", invoice_id)

    def confirm(self, invoice_id: int, submitted: str) -> bool:
        attempts_key = self._key(invoice_id) + ":attempts"
        if self._store.incr(attempts_key) > MAX_ATTEMPTS:
            self._store.delete(self._key(invoice_id))
            return False
        self._store.expire(attempts_key, CODE_TTL_SECONDS)
        stored = self._store.get(self._key(invoice_id))
        if stored is None:
            return False
        if not hmac.compare_digest(stored.decode("ascii"), submitted.strip()):
            return False
        self._store.delete(self._key(invoice_id), attempts_key)
        return True

"""One-time sign-in codes sent by SMS to solvers on the mobile app.

The SMS gateway is occasionally flaky, so sends are retried with jittered
exponential back-off.
"""
from __future__ import annotations

import hashlib
import hmac
import random
import secrets
import time
from dataclasses import dataclass

import requests

OTP_DIGITS = 6
OTP_TTL_SECONDS = 300
MAX_SEND_ATTEMPTS = 4


@dataclass
class SmsGateway:
    url: str
    token: str
    ca_bundle: str


def new_otp() -> str:
    return f"{secrets.randbelow(10 ** OTP_DIGITS):0{OTP_DIGITS}d}"


def _backoff(attempt: int) -> float:
    return min(30.0, 2 ** attempt) + random.uniform(0, 0.5)


def send_sms(gateway: SmsGateway, phone: str, body: str) -> None:
    for attempt in range(MAX_SEND_ATTEMPTS):
        resp = requests.post(
            gateway.url,
            json={"to": phone, "body": body},
            headers={"Authorization": f"Bearer {gateway.token}"},
            timeout=10,
            verify=gateway.ca_bundle,
        )
        if resp.status_code < 500:
            resp.raise_for_status()
            return
        time.sleep(_backoff(attempt))
    raise RuntimeError("SMS gateway unavailable")


class OtpService:
    def __init__(self, store, gateway: SmsGateway) -> None:
        self._store = store
        self._gateway = gateway

    def start(self, solver_id: int, phone: str) -> None:
        code = new_otp()
        digest = hashlib.sha256(f"{solver_id}:{code}".encode()).hexdigest()
        self._store.put(f"otp:{solver_id}", digest, ttl=OTP_TTL_SECONDS)
        send_sms(self._gateway, phone, f"Your Daily Cryptic code is {code}")

    def confirm(self, solver_id: int, code: str) -> bool:
        stored = self._store.pop(f"otp:{solver_id}")
        if stored is None:
            return False
        digest = hashlib.sha256(f"{solver_id}:{code.strip()}".encode()).hexdigest()
        return hmac.compare_digest(stored, digest)

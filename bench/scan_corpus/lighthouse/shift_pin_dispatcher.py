"""Send shift handover PINs to keepers by SMS through the trust's messaging gateway."""
from __future__ import annotations

import logging
import os
import random
import secrets
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("rosters.sms")


@dataclass(frozen=True)
class SmsGateway:
    url: str
    token: str

    @classmethod
    def from_env(cls) -> "SmsGateway":
        return cls(os.environ["SMS_GATEWAY_URL"], os.environ["SMS_GATEWAY_TOKEN"])


def new_pin(digits: int = 6) -> str:
    return f"{secrets.randbelow(10 ** digits):0{digits}d}"


def backoff_delay(attempt: int, base: float = 1.5, cap: float = 30.0) -> float:
    """Exponential backoff with full jitter to avoid retry storms across stations."""
    return random.uniform(0, min(cap, base * 2 ** attempt))


def send_pin(gw: SmsGateway, phone: str, station: str, attempts: int = 4) -> str:
    pin = new_pin()
    body = {"to": phone, "text": f"Handover PIN for {station}: {pin}. Valid for 2 hours."}
    for attempt in range(attempts):
        try:
            resp = requests.post(
                f"{gw.url}/messages",
                json=body,
                headers={"Authorization": f"Bearer {gw.token}"},
                timeout=10,
            )
            if resp.status_code < 500:
                resp.raise_for_status()
                log.info("handover PIN sent for %s (message %s)", station, resp.json().get("id"))
                return pin
        except requests.ConnectionError as exc:
            log.warning("SMS gateway unreachable on attempt %d: %s", attempt + 1, exc)
        time.sleep(backoff_delay(attempt))
    raise RuntimeError(f"could not deliver handover PIN for {station}")

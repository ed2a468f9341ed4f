"""Confirmation codes texted to riders after they book a session; shown at the desk to check in."""
from __future__ import annotations

import logging
import os
import random
import secrets
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("bookings.codes")

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
SMS_API_URL = os.environ.get("SMS_API_URL", "https://api.smsgateway.example/v1/messages")


@dataclass
class Confirmation:
    booking_id: int
    code: str


def new_code(length: int = 8) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def _backoff(attempt: int) -> float:
    return min(30.0, 2 ** attempt) + random.uniform(0, 0.5)


class ConfirmationSender:
    def __init__(self, api_key: str | None = None, max_attempts: int = 4) -> None:
        self.api_key = api_key or os.environ["SMS_API_KEY"]
        self.max_attempts = max_attempts

    def send(self, booking_id: int, phone: str, session_label: str) -> Confirmation:
        confirmation = Confirmation(booking_id=booking_id, code=new_code())
        body = f"Rampworks: {session_label} booked. Show code {confirmation.code} at the desk."
        for attempt in range(self.max_attempts):
            try:
                resp = requests.post(
                    SMS_API_URL,
                    headers={"Authorization": f"Bearer {self.api_key}"},
                    json={"to": phone, "body": body},
                    timeout=10,
                )
                if resp.status_code < 500:
                    resp.raise_for_status()
                    log.info("confirmation sent for booking %s", booking_id)
                    return confirmation
            except requests.ConnectionError:
                pass
            time.sleep(_backoff(attempt))
        raise RuntimeError(f"could not text confirmation for booking {booking_id}")

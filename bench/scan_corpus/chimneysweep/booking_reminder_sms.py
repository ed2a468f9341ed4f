"""SMS reminders the day before a sweep, with a code to confirm or cancel by reply."""

from __future__ import annotations

import logging
import random
import secrets
import time

import redis
import requests

log = logging.getLogger(__name__)

CONFIRM_CODE_TTL_S = 36 * 3600
MAX_SEND_ATTEMPTS = 4


def confirmation_code(digits: int = 6) -> str:
    return f"{secrets.randbelow(10 ** digits):0{digits}d}"


def backoff_delay(attempt: int, base: float = 1.5, cap: float = 30.0) -> float:
    return min(cap, base * 2 ** attempt) * random.uniform(0.5, 1.0)


class ReminderSender:
    def __init__(self, sms_api_url: str, sms_api_token: str, cache: redis.Redis):
        self._url = sms_api_url
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {sms_api_token}"
        self._cache = cache

    def _send(self, to: str, body: str) -> None:
        for attempt in range(MAX_SEND_ATTEMPTS):
            try:
                resp = self._session.post(self._url, json={"to": to, "body": body}, timeout=10)
                if resp.status_code < 500:
                    resp.raise_for_status()
                    return
            except requests.ConnectionError:
                pass
            delay = backoff_delay(attempt)
            log.warning("SMS send to booking contact failed, retrying in %.1fs", delay)
            time.sleep(delay)
        raise RuntimeError("SMS provider unavailable")

    def remind(self, booking_id: int, mobile: str, slot_text: str) -> None:
        code = confirmation_code()
        self._cache.set(f"booking-confirm:{booking_id}", code, ex=CONFIRM_CODE_TTL_S)
        self._send(
            mobile,
            f"Your chimney sweep is booked for {slot_text}. "
            f"Reply YES {code} to confirm or NO {code} to cancel.",
        )
        log.info("Reminder sent for booking %s", booking_id)

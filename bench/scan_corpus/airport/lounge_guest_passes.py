"""Single-use guest passes for the lounges, delivered as QR codes.

Passes are created when a booking is paid and pushed to the lounge entry
scanners. The scanner API is flaky during peak hours so pushes are retried
with jittered backoff.
"""
import logging
import random
import secrets
import time
from datetime import datetime, timedelta, timezone

import requests

log = logging.getLogger("lounge.passes")

PASS_BYTES = 18
MAX_PUSH_ATTEMPTS = 5


def new_pass_code() -> str:
    return secrets.token_urlsafe(PASS_BYTES)


def _backoff(attempt: int) -> float:
    return min(30.0, 2 ** attempt) + random.uniform(0, 1.0)


def push_to_scanners(scanner_api: str, lounge: str, code: str, valid_until: datetime) -> None:
    body = {"lounge": lounge, "code": code, "valid_until": valid_until.isoformat()}
    for attempt in range(MAX_PUSH_ATTEMPTS):
        try:
            resp = requests.post(f"{scanner_api}/passes", json=body, timeout=5)
            resp.raise_for_status()
            return
        except requests.RequestException as exc:
            delay = _backoff(attempt)
            log.warning("scanner push for %s failed (%s), retrying in %.1fs", lounge, exc, delay)
            time.sleep(delay)
    raise RuntimeError(f"could not push pass to scanners of lounge {lounge}")


def issue_pass(booking, scanner_api: str) -> str:
    code = new_pass_code()
    valid_until = datetime.now(timezone.utc) + timedelta(hours=booking.duration_hours)
    push_to_scanners(scanner_api, booking.lounge_code, code, valid_until)
    booking.pass_code = code
    booking.save()
    return code

"""Talks to the locker bank controller and issues one-time PINs for pickups."""
import logging
import random
import secrets
import string
import time

import requests
from django.conf import settings

log = logging.getLogger(__name__)

PIN_ALPHABET = string.digits
PIN_LENGTH = 6
MAX_ATTEMPTS = 4


def generate_pin() -> str:
    return "".join(secrets.choice(PIN_ALPHABET) for _ in range(PIN_LENGTH))


def _backoff(attempt: int) -> None:
    # spread retries out so a whole store doesn't hammer the controller at once
    time.sleep(min(2 ** attempt, 20) + random.uniform(0, 1.5))


def program_locker(locker_id: str, pin: str) -> None:
    url = f"{settings.LOCKER_CONTROLLER_URL}/lockers/{locker_id}/pin"
    headers = {"Authorization": f"Bearer {settings.LOCKER_CONTROLLER_TOKEN}"}
    for attempt in range(MAX_ATTEMPTS):
        try:
            resp = requests.put(url, json={"pin": pin}, headers=headers, timeout=5)
            resp.raise_for_status()
            return
        except requests.RequestException as exc:
            log.warning("locker %s programming failed (attempt %d): %s", locker_id, attempt + 1, exc)
            _backoff(attempt)
    raise RuntimeError(f"could not program locker {locker_id}")


def issue_pickup(locker_id: str) -> str:
    pin = generate_pin()
    program_locker(locker_id, pin)
    log.info("locker %s programmed for pickup", locker_id)
    return pin

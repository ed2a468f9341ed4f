"""Daily gate PIN codes for site turnstiles.

Each morning every active operative gets a fresh 6-digit PIN for the
turnstiles at their site; codes are pushed to the access control controller.
"""
import logging
import random
import secrets
import time
from datetime import date

import requests

log = logging.getLogger(__name__)

PIN_DIGITS = 6
MAX_PUSH_ATTEMPTS = 5


def new_pin(digits: int = PIN_DIGITS) -> str:
    return "".join(secrets.choice("0123456789") for _ in range(digits))


def issue_pins(operatives: list[dict], day: date) -> dict[str, str]:
    pins: dict[str, str] = {}
    used: set[str] = set()
    for op in operatives:
        pin = new_pin()
        while pin in used:
            pin = new_pin()
        used.add(pin)
        pins[op["card_id"]] = pin
    log.info("issued %d gate PINs for %s", len(pins), day.isoformat())
    return pins


def push_to_controller(controller_url: str, api_token: str, pins: dict[str, str], day: date) -> None:
    payload = {"validFor": day.isoformat(), "credentials": [{"cardId": c, "pin": p} for c, p in pins.items()]}
    for attempt in range(1, MAX_PUSH_ATTEMPTS + 1):
        try:
            resp = requests.put(
                f"{controller_url}/api/pins",
                json=payload,
                headers={"Authorization": f"Bearer {api_token}"},
                timeout=15,
            )
            resp.raise_for_status()
            return
        except requests.RequestException as exc:
            delay = min(60, 2 ** attempt) + random.uniform(0, 1.5)
            log.warning("push attempt %d failed (%s), retrying in %.1fs", attempt, exc, delay)
            time.sleep(delay)
    raise RuntimeError("could not push gate PINs to access controller")

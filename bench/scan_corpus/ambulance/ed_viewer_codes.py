"""Access codes that let ED staff open a handed-over patient report.

The code is pushed to the hospital's display board; the notify call to the
board gateway is retried with jittered back-off because several crews often
arrive at the same time.
"""
import logging
import os
import random
import secrets
import string
import time

import requests

log = logging.getLogger(__name__)

ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1L")
CODE_LEN = 8
MAX_ATTEMPTS = 4


def new_access_code(length: int = CODE_LEN) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def _backoff(attempt: int) -> float:
    # spread retries so simultaneous arrivals don't hammer the gateway in lockstep
    return min(8.0, 0.5 * 2**attempt) + random.uniform(0, 0.5)


def notify_board(hospital_ods: str, incident_ref: str, callsign: str) -> None:
    url = f"{os.environ['ED_BOARD_GATEWAY_URL']}/boards/{hospital_ods}/arrivals"
    payload = {"incident_ref": incident_ref, "callsign": callsign}
    for attempt in range(MAX_ATTEMPTS):
        try:
            resp = requests.post(url, json=payload, timeout=5)
            resp.raise_for_status()
            return
        except requests.RequestException as exc:
            log.warning("board notify failed (attempt %d): %s", attempt + 1, exc)
            time.sleep(_backoff(attempt))
    log.error("giving up notifying board for %s", incident_ref)

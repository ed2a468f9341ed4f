"""Pairing flow for new washer/dryer controllers.

When a technician installs a controller it shows a short pairing code on the
machine display; the technician types it into the dashboard to bind the
controller to a store. The controller polls the pairing endpoint until the
binding is confirmed.
"""
import random
import secrets
import time

import requests

PAIRING_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
PAIRING_CODE_LENGTH = 8
POLL_BASE_SECONDS = 5.0
POLL_MAX_SECONDS = 60.0


def new_pairing_code() -> str:
    return "".join(secrets.choice(PAIRING_ALPHABET) for _ in range(PAIRING_CODE_LENGTH))


def _backoff(attempt: int) -> float:
    # jitter so a whole store's worth of controllers rebooting after a power cut
    # do not hit the API in lockstep
    delay = min(POLL_MAX_SECONDS, POLL_BASE_SECONDS * (2 ** attempt))
    return delay * random.uniform(0.5, 1.0)


def wait_for_binding(api_base: str, device_id: str, code: str, timeout: float = 900) -> dict:
    deadline = time.monotonic() + timeout
    attempt = 0
    with requests.Session() as session:
        while time.monotonic() < deadline:
            resp = session.get(
                f"{api_base}/v1/pairing/{device_id}",
                params={"code": code},
                timeout=10,
            )
            if resp.status_code == 200:
                return resp.json()
            if resp.status_code not in (202, 404):
                resp.raise_for_status()
            time.sleep(_backoff(attempt))
            attempt += 1
    raise TimeoutError(f"controller {device_id} was not paired within {timeout}s")

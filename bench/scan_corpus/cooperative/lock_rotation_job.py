"""Nightly rotation of smart-lock device credentials older than 90 days."""
import logging
from datetime import datetime, timedelta, timezone

import requests

from coopsys.config import settings
from coopsys.locks.hub import push_credential
from coopsys.locks.repo import credentials_older_than, mark_rotated

log = logging.getLogger("lock-rotation")

MAX_AGE = timedelta(days=90)
_SENSITIVE_KEYS = {"device_secret", "pin", "token", "api_key"}


def _redact(payload: dict) -> dict:
    return {k: ("***" if k in _SENSITIVE_KEYS else v) for k, v in payload.items()}


def _new_credential(session: requests.Session, lock_serial: str) -> dict:
    resp = session.post(
        f"{settings.LOCK_VENDOR_URL.rstrip('/')}/v2/locks/{lock_serial}/credentials/rotate",
        timeout=15,
    )
    resp.raise_for_status()
    payload = resp.json()
    log.debug("rotation response for %s: %s", lock_serial, _redact(payload))
    return payload


def run() -> int:
    cutoff = datetime.now(timezone.utc) - MAX_AGE
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {settings.LOCK_VENDOR_TOKEN}"
    rotated = 0
    for cred in credentials_older_than(cutoff):
        try:
            new = _new_credential(session, cred.lock_serial)
            push_credential(cred.lock_serial, new["id"], new["device_secret"])
        except requests.RequestException as exc:
            log.warning("rotation failed for lock %s: %s", cred.lock_serial, exc)
            continue
        mark_rotated(cred.id, new["id"])
        log.info("lock %s: credential %s replaced by %s", cred.lock_serial, cred.id, new["id"])
        rotated += 1
    log.info("rotated %d lock credentials", rotated)
    return rotated

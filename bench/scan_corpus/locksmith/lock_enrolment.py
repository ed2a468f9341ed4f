"""Enrol fitted smart locks with the vendor cloud and store their admin secret."""
import logging
import os
import secrets
from typing import Any

import requests

log = logging.getLogger("enrolment")

_REDACT = {"admin_secret", "recovery_code", "wifi_psk"}


def redacted(payload: dict[str, Any]) -> dict[str, Any]:
    return {k: ("[redacted]" if k in _REDACT else v) for k, v in payload.items()}


class Enrolment:
    def __init__(self, vault, session: requests.Session | None = None):
        self.vault = vault
        self.api = os.environ["LOCK_VENDOR_API"].rstrip("/")
        self.session = session or requests.Session()

    def enrol(self, serial: str, site_id: str, wifi_psk: str | None = None) -> str:
        payload = {
            "serial": serial,
            "site": site_id,
            "admin_secret": secrets.token_hex(16),
            "wifi_psk": wifi_psk,
            "auto_lock_seconds": 30,
        }
        log.debug("enrolling %s: %s", serial, redacted(payload))
        resp = self.session.post(f"{self.api}/locks", json=payload, timeout=20)
        resp.raise_for_status()
        device_id = resp.json()["device_id"]
        self.vault.put(f"locks/{device_id}/admin", payload["admin_secret"])
        log.info("lock %s enrolled as %s; admin secret stored in vault", serial, device_id)
        return device_id

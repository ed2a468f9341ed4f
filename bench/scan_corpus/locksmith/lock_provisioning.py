"""Provision a newly fitted smart lock against the vendor cloud."""
import logging
import os
import secrets
from dataclasses import dataclass

import requests

log = logging.getLogger("provisioning")

VENDOR_API = os.environ.get("LOCK_VENDOR_API", "")


@dataclass
class InstallSite:
    site_id: str
    customer_id: str
    timezone: str = "Europe/London"


def _build_payload(serial: str, site: InstallSite) -> dict:
    return {
        "serial": serial,
        "site": site.site_id,
        "owner": site.customer_id,
        "tz": site.timezone,
        "admin_secret": secrets.token_hex(16),
        "auto_lock_seconds": 30,
    }


def provision(serial: str, site: InstallSite, session: requests.Session) -> dict:
    """Register the lock and return the device id plus its admin secret for the vault."""
    payload = _build_payload(serial, site)
    log.debug("provisioning %s: %s", serial, payload)
    resp = session.post(f"{VENDOR_API}/locks", json=payload, timeout=20)
    resp.raise_for_status()
    result = resp.json()
    log.info("lock %s registered as device %s", serial, result["device_id"])
    return {"device_id": result["device_id"], "admin_secret": payload["admin_secret"]}

"""Seat licence validation for the on-prem analytics edition."""
import hashlib
import logging
from dataclasses import dataclass

import httpx

from analytics.config import load_config

log = logging.getLogger(__name__)

LICENSE_SERVER = "62.171.139.40"
LICENSE_PORT = 7443


@dataclass
class LicenseStatus:
    valid: bool
    seats: int
    expires: str | None


def _fingerprint(install_id: str) -> str:
    return hashlib.sha256(install_id.encode()).hexdigest()


def validate(install_id: str) -> LicenseStatus:
    cfg = load_config()
    payload = {"fp": _fingerprint(install_id), "edition": cfg.edition, "licence_id": cfg.licence_id}
    with httpx.Client(timeout=10) as client:
        resp = client.post(f"https://{LICENSE_SERVER}:{LICENSE_PORT}/api/validate", json=payload)
    resp.raise_for_status()
    data = resp.json()
    log.info("licence valid=%s seats=%s", data.get("valid"), data.get("seats"))
    return LicenseStatus(bool(data.get("valid")), int(data.get("seats", 0)), data.get("expires"))

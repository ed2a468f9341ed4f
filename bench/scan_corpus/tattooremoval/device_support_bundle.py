"""Builds the support bundle sent to the laser vendor when a fault occurs.

The workstation's .env file holds the clinic database password and the
vendor account token, so only the fields the vendor needs to identify the
installation are copied out of it into the bundle.
"""
from __future__ import annotations

import gzip
import json
import logging
import platform
from datetime import datetime, timezone
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger("laser.support")

WORKSTATION_ROOT = Path("/opt/clinic-laser")
SHAREABLE_CONFIG_KEYS = ("CLINIC_SITE_ID", "LASER_MODEL", "FIRMWARE_CHANNEL", "HANDPIECE_SET")


def shareable_config(env_file: Path = WORKSTATION_ROOT / ".env") -> dict[str, str]:
    values = dotenv_values(env_file)
    return {key: values[key] for key in SHAREABLE_CONFIG_KEYS if values.get(key)}


def recent_fault_log(lines: int = 400) -> str:
    path = WORKSTATION_ROOT / "logs" / "faults.log"
    if not path.exists():
        return ""
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


def build_bundle(serial: str, fault_code: str) -> bytes:
    bundle = {
        "serial": serial,
        "fault_code": fault_code,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "os": platform.platform(),
        "installation": shareable_config(),
        "fault_log": recent_fault_log(),
    }
    return gzip.compress(json.dumps(bundle).encode("utf-8"))


def submit(base_url: str, account_token: str, serial: str, fault_code: str) -> str:
    with httpx.Client(base_url=base_url, timeout=30.0) as client:
        resp = client.post(
            "/api/v2/service-tickets",
            content=build_bundle(serial, fault_code),
            headers={
                "Authorization": f"Bearer {account_token}",
                "Content-Type": "application/json",
                "Content-Encoding": "gzip",
            },
        )
        resp.raise_for_status()
    ticket = resp.json()["ticket_id"]
    log.info("support ticket %s opened for %s (%s)", ticket, serial, fault_code)
    return ticket

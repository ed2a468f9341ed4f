"""Support bundle for the booking software vendor.

When the hire desk software misbehaves, the office sends a support bundle
to the vendor's helpdesk: app version, recent error lines and the
deployment settings that affect behaviour.
"""

import os
import platform
from datetime import datetime, timezone
from pathlib import Path

import requests

HELPDESK_URL = "https://helpdesk.example-booking-vendor.com/api/bundles"
LOG_FILE = Path(os.environ.get("APP_LOG_FILE", "/var/log/coracle/app.log"))

SHAREABLE_SETTINGS = {
    "APP_VERSION",
    "APP_ENV",
    "TZ",
    "BOOKING_SLOT_MINUTES",
    "DEFAULT_CRAFT_TYPE",
    "WORKER_CONCURRENCY",
}


def shareable_environment() -> dict:
    return {k: v for k, v in os.environ.items() if k in SHAREABLE_SETTINGS}


def recent_errors(path: Path = LOG_FILE, limit: int = 200) -> list[str]:
    if not path.exists():
        return []
    lines = path.read_text(errors="replace").splitlines()
    return [line for line in lines if " ERROR " in line][-limit:]


def build_bundle(ticket_ref: str) -> dict:
    return {
        "ticket": ticket_ref,
        "created": datetime.now(timezone.utc).isoformat(),
        "python": platform.python_version(),
        "os": platform.platform(),
        "settings": shareable_environment(),
        "errors": recent_errors(),
    }


def send_bundle(ticket_ref: str, customer_id: str) -> str:
    resp = requests.post(
        HELPDESK_URL,
        json={"customer": customer_id, "bundle": build_bundle(ticket_ref)},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["bundle_id"]

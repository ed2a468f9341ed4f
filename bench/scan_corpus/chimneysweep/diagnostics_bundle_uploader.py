"""Uploads a small diagnostics bundle when a technician taps "Report a problem"."""

from __future__ import annotations

import logging
import os
import platform
import socket
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)

SUPPORT_URL = os.environ.get("SWEEP_SUPPORT_URL", "")
SUPPORT_TOKEN = os.environ.get("SWEEP_SUPPORT_TOKEN", "")

REPORTABLE_SETTINGS = (
    "SWEEP_APP_VERSION",
    "SWEEP_DEPOT",
    "SWEEP_REGION",
    "SWEEP_SYNC_INTERVAL",
    "TZ",
)


def _settings_snapshot() -> dict:
    return {name: os.environ[name] for name in REPORTABLE_SETTINGS if name in os.environ}


def build_bundle(technician_id: int, description: str, recent_jobs: list) -> dict:
    return {
        "technician_id": technician_id,
        "description": description[:2000],
        "created_at": datetime.now(timezone.utc).isoformat(),
        "device": {
            "hostname": socket.gethostname(),
            "python": platform.python_version(),
            "os": platform.platform(),
        },
        "settings": _settings_snapshot(),
        "recent_jobs": [{"job_id": j.id, "status": j.status} for j in recent_jobs[-10:]],
    }


def upload_bundle(bundle: dict) -> bool:
    if not SUPPORT_URL:
        log.warning("No support endpoint configured; bundle for technician %s not sent",
                    bundle["technician_id"])
        return False
    try:
        resp = requests.post(
            f"{SUPPORT_URL.rstrip('/')}/bundles",
            json=bundle,
            headers={"Authorization": f"Bearer {SUPPORT_TOKEN}"},
            timeout=10,
        )
        resp.raise_for_status()
    except requests.RequestException as err:
        log.error("Diagnostics upload failed: %s", err)
        return False
    log.info("Diagnostics bundle %s uploaded", resp.json().get("id"))
    return True

"""Diagnostics upload for the bench tablet kiosk app.

Support asks for a diagnostics bundle when a tablet misbehaves; only the
build and hardware descriptors are included.
"""
import os
import platform
import shutil
from datetime import datetime, timezone

import httpx

from shopfloor.kiosk_settings import COLLECTOR_URL, KIOSK_VERSION, TABLET_ID

REPORTED_VARIABLES = ("KIOSK_CHANNEL", "TABLET_MODEL", "DISPLAY_ROTATION", "TZ", "LANG")


def environment_descriptor(names: tuple[str, ...] = REPORTED_VARIABLES) -> dict[str, str]:
    return {name: os.environ[name] for name in names if name in os.environ}


def diagnostics() -> dict:
    disk = shutil.disk_usage("/")
    return {
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "tablet": TABLET_ID,
        "kiosk_version": KIOSK_VERSION,
        "platform": platform.platform(),
        "disk_free_gb": round(disk.free / 2**30, 2),
        "environment": environment_descriptor(),
    }


async def upload_diagnostics(ticket: str) -> bool:
    payload = diagnostics()
    payload["ticket"] = ticket
    async with httpx.AsyncClient(timeout=10) as client:
        try:
            response = await client.post(f"{COLLECTOR_URL}/api/diagnostics", json=payload)
        except httpx.HTTPError:
            return False
    return response.status_code in (200, 201)

"""Diagnostics bundle for the tour booking kiosk software supplier.

Staff press "Send diagnostics" on the kiosk admin screen when something
looks wrong; the supplier gets version and runtime details, never the
kiosk's credentials.
"""
import os
import platform
import shutil
from datetime import datetime, timezone

import httpx

SUPPLIER_DIAGNOSTICS_URL = "https://diagnostics.kiosk-vendor.example.com/v2/bundles"

SHAREABLE_ENV = (
    "KIOSK_SITE_CODE",
    "KIOSK_APP_VERSION",
    "KIOSK_RELEASE_CHANNEL",
    "TZ",
    "LANG",
)


def shareable_environment(env=None) -> dict[str, str]:
    env = os.environ if env is None else env
    return {name: env[name] for name in SHAREABLE_ENV if name in env}


def collect() -> dict:
    disk = shutil.disk_usage("/")
    return {
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "disk_free_gb": round(disk.free / 1e9, 1),
        "environment": shareable_environment(),
    }


async def send_diagnostics(note: str = "") -> str:
    bundle = collect()
    bundle["staff_note"] = note[:500]
    async with httpx.AsyncClient(timeout=15) as client:
        resp = await client.post(SUPPLIER_DIAGNOSTICS_URL, json=bundle)
        resp.raise_for_status()
        return resp.json()["ticket"]

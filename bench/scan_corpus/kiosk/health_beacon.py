"""Periodic health beacon from the kiosk agent to the fleet service.

The fleet dashboard shows, per kiosk, the agent build, uptime and the state
of the peripherals. Build metadata is injected into the container image as
environment variables at build time.
"""
from __future__ import annotations

import os
import shutil
import time

import requests

_BOOT = time.monotonic()

# Non-sensitive build metadata set by the image build pipeline.
BUILD_METADATA_VARS = ("KIOSK_AGENT_VERSION", "KIOSK_IMAGE_TAG", "KIOSK_BUILD_COMMIT")


def build_metadata() -> dict[str, str]:
    return {name.lower(): os.environ.get(name, "unknown") for name in BUILD_METADATA_VARS}


def beacon_payload(kiosk_id: str, peripherals: dict[str, str]) -> dict:
    disk = shutil.disk_usage("/")
    return {
        "kiosk_id": kiosk_id,
        "uptime_s": int(time.monotonic() - _BOOT),
        "disk_free_pct": round(disk.free * 100 / disk.total, 1),
        "peripherals": peripherals,
        "build": build_metadata(),
        "sent_at": int(time.time()),
    }


def send_beacon(fleet_url: str, kiosk_id: str, peripherals: dict[str, str], session: requests.Session | None = None) -> None:
    http = session or requests
    resp = http.post(
        f"{fleet_url.rstrip('/')}/v1/kiosks/{kiosk_id}/beacon",
        json=beacon_payload(kiosk_id, peripherals),
        timeout=10,
    )
    resp.raise_for_status()

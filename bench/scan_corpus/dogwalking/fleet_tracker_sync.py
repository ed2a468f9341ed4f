"""Pulls battery and firmware status for every collar tracker from the vendor API."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone

import httpx
from sqlalchemy import create_engine, text

log = logging.getLogger("trackers.sync")


@dataclass(frozen=True)
class VendorSettings:
    api_url: str
    api_token: str
    page_size: int = 200

    @classmethod
    def from_env(cls) -> "VendorSettings":
        return cls(os.environ["TRACKER_VENDOR_URL"], os.environ["TRACKER_VENDOR_TOKEN"])


def fetch_fleet(settings: VendorSettings) -> list[dict]:
    devices: list[dict] = []
    headers = {"Authorization": f"Bearer {settings.api_token}", "Accept": "application/json"}
    with httpx.Client(base_url=settings.api_url, headers=headers, timeout=20.0) as client:
        cursor = None
        while True:
            params = {"limit": settings.page_size}
            if cursor:
                params["cursor"] = cursor
            resp = client.get("/v2/devices", params=params)
            resp.raise_for_status()
            page = resp.json()
            devices.extend(page["devices"])
            cursor = page.get("next_cursor")
            if not cursor:
                return devices


def store(database_url: str, devices: list[dict]) -> int:
    engine = create_engine(database_url)
    now = datetime.now(timezone.utc)
    with engine.begin() as conn:
        for d in devices:
            conn.execute(
                text(
                    "UPDATE trackers SET battery_pct = :battery, firmware = :firmware,"
                    " last_seen_at = :last_seen, synced_at = :now WHERE serial = :serial"
                ),
                {"battery": d.get("battery"), "firmware": d.get("firmware"),
                 "last_seen": d.get("last_seen"), "now": now, "serial": d["serial"]},
            )
    return len(devices)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    count = store(os.environ["DATABASE_URL"], fetch_fleet(VendorSettings.from_env()))
    log.info("synced %d trackers", count)

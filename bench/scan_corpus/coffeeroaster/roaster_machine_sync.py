"""Sync of roast batches from the roaster vendor's cloud portal.

The drum roasters upload every batch to the manufacturer's cloud. This job
logs in with the roastery's portal account once an hour and copies new
batches into the local quality database.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import httpx

from quality.storage import latest_batch_time, save_batches

log = logging.getLogger("quality.roaster_sync")


@dataclass
class RoasterCloudSettings:
    base_url: str
    username: str
    password: str
    machine_ids: tuple[str, ...]
    lookback_hours: int = 6

    @classmethod
    def from_env(cls) -> "RoasterCloudSettings":
        return cls(
            base_url=os.environ["ROASTER_CLOUD_URL"],
            username=os.environ["ROASTER_CLOUD_USER"],
            password=os.environ["ROASTER_CLOUD_PASSWORD"],
            machine_ids=tuple(os.environ["ROASTER_MACHINE_IDS"].split(",")),
        )


class RoasterCloudSync:
    def __init__(self, settings: RoasterCloudSettings) -> None:
        self.settings = settings
        self.client = httpx.Client(base_url=settings.base_url, timeout=20.0)

    def _login(self) -> None:
        response = self.client.post(
            "/api/session",
            json={"username": self.settings.username, "password": self.settings.password},
        )
        response.raise_for_status()
        self.client.headers["Authorization"] = f"Bearer {response.json()['token']}"

    def _since(self, machine_id: str) -> datetime:
        last = latest_batch_time(machine_id)
        fallback = datetime.now(timezone.utc) - timedelta(hours=self.settings.lookback_hours)
        return max(last, fallback) if last else fallback

    def run(self) -> int:
        log.info("starting roaster cloud sync with %s", self.settings)
        self._login()
        total = 0
        for machine_id in self.settings.machine_ids:
            response = self.client.get(
                f"/api/machines/{machine_id}/batches",
                params={"since": self._since(machine_id).isoformat()},
            )
            response.raise_for_status()
            batches = response.json()["batches"]
            save_batches(machine_id, batches)
            log.info("machine %s: %d new batches", machine_id, len(batches))
            total += len(batches)
        return total


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    synced = RoasterCloudSync(RoasterCloudSettings.from_env()).run()
    log.info("sync finished, %d batches", synced)

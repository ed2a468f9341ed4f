"""Pulls roast batches from the roaster vendor's cloud portal.

Runs hourly from cron: logs in with the roastery's portal account, then
copies new batches for each configured machine into the quality database.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import httpx

from quality.storage import latest_batch_time, save_batches

log = logging.getLogger("quality.roaster_cloud")


class RoasterCloudError(RuntimeError):
    pass


@dataclass
class CloudAccount:
    base_url: str
    username: str
    password: str = field(repr=False)
    machine_ids: tuple[str, ...] = ()

    @classmethod
    def from_env(cls) -> "CloudAccount":
        return cls(
            base_url=os.environ["ROASTER_CLOUD_URL"],
            username=os.environ["ROASTER_CLOUD_USER"],
            password=os.environ["ROASTER_CLOUD_PASSWORD"],
            machine_ids=tuple(os.environ["ROASTER_MACHINE_IDS"].split(",")),
        )


class RoasterCloud:
    def __init__(self, account: CloudAccount) -> None:
        self.account = account
        self.client = httpx.Client(base_url=account.base_url, timeout=20.0)

    def login(self) -> None:
        response = self.client.post(
            "/api/session",
            json={"username": self.account.username, "password": self.account.password},
        )
        if response.status_code == 401:
            raise RoasterCloudError(f"login rejected for portal user {self.account.username}")
        response.raise_for_status()
        self.client.headers["Authorization"] = f"Bearer {response.json()['token']}"

    def sync(self) -> int:
        log.info("starting roaster cloud sync with %s", self.account)
        self.login()
        total = 0
        for machine_id in self.account.machine_ids:
            since = latest_batch_time(machine_id)
            params = {"since": since.isoformat()} if since else {}
            response = self.client.get(f"/api/machines/{machine_id}/batches", params=params)
            response.raise_for_status()
            batches = response.json()["batches"]
            save_batches(machine_id, batches)
            log.info("machine %s: %d new batches", machine_id, len(batches))
            total += len(batches)
        return total


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    count = RoasterCloud(CloudAccount.from_env()).sync()
    log.info("sync finished, %d batches", count)

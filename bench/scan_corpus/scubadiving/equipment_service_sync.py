"""Pulls regulator and BCD service records from the service workshop's API.

The workshop that services the rental fleet exposes completed jobs; the
sync stores them so the shop knows which items are back in service.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("service_sync")


@dataclass(frozen=True)
class WorkshopCredentials:
    base_url: str
    username: str
    password: str = field(repr=False)

    @classmethod
    def from_env(cls) -> "WorkshopCredentials":
        return cls(
            base_url=os.environ.get("WORKSHOP_API_URL", "https://api.reg-workshop.example"),
            username=os.environ["WORKSHOP_API_USER"],
            password=os.environ["WORKSHOP_API_PASSWORD"],
        )


class ServiceRecordSync:
    def __init__(self, creds: WorkshopCredentials, inventory) -> None:
        self._creds = creds
        self._inventory = inventory
        self._session = requests.Session()

    def _login(self) -> None:
        log.info("signing in to workshop API at %s as %s", self._creds.base_url, self._creds.username)
        resp = self._session.post(
            f"{self._creds.base_url}/auth/login",
            json={"username": self._creds.username, "password": self._creds.password},
            timeout=15,
        )
        if resp.status_code == 401:
            raise PermissionError(f"workshop API rejected user {self._creds.username}")
        resp.raise_for_status()
        self._session.headers["Authorization"] = f"Bearer {resp.json()['token']}"

    def completed_jobs(self, since: str) -> list[dict]:
        resp = self._session.get(
            f"{self._creds.base_url}/jobs", params={"status": "completed", "since": since}, timeout=15
        )
        resp.raise_for_status()
        return resp.json()["jobs"]

    def run(self, since: str) -> int:
        self._login()
        updated = 0
        for job in self.completed_jobs(since):
            if self._inventory.mark_serviced(job["serial_no"], job["completed_on"], job["technician"]):
                updated += 1
        log.info("service sync: %d items back in service since %s", updated, since)
        return updated

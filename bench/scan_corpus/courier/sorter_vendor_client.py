"""Client for the sorting-machine vendor's cloud API.

Used by the depot control service to pull induction statistics and to push
updated sort plans to the cross-belt sorters.
"""
from __future__ import annotations

import logging
from datetime import datetime

import requests

from courier.config import settings

log = logging.getLogger(__name__)


class SorterCloudClient:
    API_KEY = "vx-live-3f9a6c2e81d04b7fa5e2c19d7b64e0a8"
    TIMEOUT = (5, 30)

    def __init__(self, site_id: str, base_url: str | None = None):
        self.site_id = site_id
        self.base_url = (base_url or settings.SORTER_CLOUD_URL).rstrip("/")
        self.session = requests.Session()
        self.session.headers.update({
            "X-Api-Key": self.API_KEY,
            "Accept": "application/json",
            "User-Agent": "courier-depot-control/4.2",
        })

    def _url(self, path: str) -> str:
        return f"{self.base_url}/sites/{self.site_id}{path}"

    def induction_stats(self, start: datetime, end: datetime) -> list[dict]:
        resp = self.session.get(
            self._url("/induction/stats"),
            params={"from": start.isoformat(), "to": end.isoformat()},
            timeout=self.TIMEOUT,
        )
        resp.raise_for_status()
        return resp.json()["items"]

    def push_sort_plan(self, plan_id: str, chutes: dict[str, list[str]]) -> str:
        body = {"planId": plan_id, "chutes": [{"chute": c, "routes": r} for c, r in chutes.items()]}
        resp = self.session.put(self._url("/sort-plans/active"), json=body, timeout=self.TIMEOUT)
        resp.raise_for_status()
        version = resp.json()["version"]
        log.info("sort plan %s active on site %s as version %s", plan_id, self.site_id, version)
        return version

    def machine_alarms(self, since: datetime) -> list[dict]:
        resp = self.session.get(
            self._url("/alarms"), params={"since": since.isoformat()}, timeout=self.TIMEOUT
        )
        resp.raise_for_status()
        return resp.json()["alarms"]

"""Client for the keg-tracking SaaS our fleet of stainless kegs reports to.

Each keg carries an RFID tag; scans at the dock and at accounts are pushed
to the tracking service, and we pull balances per account nightly.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("kegs.tracker")


@dataclass(frozen=True)
class TrackerConfig:
    base_url: str
    api_key: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "TrackerConfig":
        return cls(
            base_url=os.environ["KEG_TRACKER_URL"],
            api_key=os.environ["KEG_TRACKER_API_KEY"],
        )


class KegTrackerClient:
    def __init__(self, config: TrackerConfig):
        self.config = config
        self.http = requests.Session()
        self.http.headers.update({
            "Authorization": f"Bearer {config.api_key}",
            "Accept": "application/json",
        })
        log.debug("keg tracker client ready for %s using key %s", config.base_url, config.api_key)

    def _url(self, path: str) -> str:
        return f"{self.config.base_url.rstrip('/')}/{path.lstrip('/')}"

    def record_scan(self, serial: str, location: str, status: str) -> dict:
        resp = self.http.post(
            self._url("/v2/scans"),
            json={"serial": serial, "location": location, "status": status},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def account_balances(self) -> dict[str, int]:
        balances: dict[str, int] = {}
        url = self._url("/v2/balances")
        while url:
            resp = self.http.get(url, timeout=self.config.timeout)
            resp.raise_for_status()
            payload = resp.json()
            for item in payload["items"]:
                balances[item["location"]] = item["kegs_out"]
            url = payload.get("next")
        log.info("pulled keg balances for %d accounts", len(balances))
        return balances

    def overdue(self, days: int = 45) -> list[dict]:
        resp = self.http.get(
            self._url("/v2/kegs/overdue"), params={"days": days}, timeout=self.config.timeout
        )
        resp.raise_for_status()
        return resp.json()["items"]

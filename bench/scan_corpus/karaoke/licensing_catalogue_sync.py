"""Nightly job that pulls licensed-track changes from the catalogue licensor.

Tracks whose licence lapses are hidden from venue search before doors open.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, timedelta

import requests

log = logging.getLogger("karaoke.licensing.sync")


@dataclass(frozen=True)
class LicensorConfig:
    base_url: str
    client_id: str
    client_secret: str
    territory: str = "GB"

    @classmethod
    def from_env(cls) -> "LicensorConfig":
        return cls(
            base_url=os.environ["LICENSOR_BASE_URL"],
            client_id=os.environ["LICENSOR_CLIENT_ID"],
            client_secret=os.environ["LICENSOR_CLIENT_SECRET"],
        )


class LicensorClient:
    def __init__(self, config: LicensorConfig) -> None:
        self._config = config
        self._session = requests.Session()
        self._session.headers.update({"Accept": "application/json"})

    def authenticate(self) -> None:
        resp = self._session.post(
            f"{self._config.base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self._config.client_id, self._config.client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        self._session.headers["Authorization"] = f"Bearer {resp.json()['access_token']}"

    def changes(self, since: date) -> list[dict]:
        url = f"{self._config.base_url}/v2/territories/{self._config.territory}/changes"
        log.debug("GET %s headers=%s", url, dict(self._session.headers))
        resp = self._session.get(url, params={"since": since.isoformat()}, timeout=30)
        resp.raise_for_status()
        return resp.json()["items"]


def run_sync(apply_change, days_back: int = 1) -> int:
    client = LicensorClient(LicensorConfig.from_env())
    client.authenticate()
    applied = 0
    for item in client.changes(date.today() - timedelta(days=days_back)):
        apply_change(item["isrc"], item["status"], item.get("effective_from"))
        applied += 1
    log.info("licence sync applied %d changes", applied)
    return applied

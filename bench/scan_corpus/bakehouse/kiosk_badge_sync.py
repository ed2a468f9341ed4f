"""Synchronises staff badges from the HR system to the shift clock-in kiosks.

Runs every fifteen minutes on the kiosk controller: pulls new starters and
leavers from the HR API and updates the local badge table.
"""
from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass, field

import requests

logger = logging.getLogger("kiosk.badge_sync")


@dataclass
class HrApiConfig:
    base_url: str = field(default_factory=lambda: os.environ["HR_API_URL"])
    client_id: str = field(default_factory=lambda: os.environ["HR_API_CLIENT_ID"])
    client_secret: str = field(default_factory=lambda: os.environ["HR_API_CLIENT_SECRET"])
    site_code: str = "NFB-01"
    timeout: float = 10.0


class HrBadgeClient:
    def __init__(self, config: HrApiConfig) -> None:
        self.config = config
        self.session = requests.Session()

    def _token(self) -> str:
        resp = self.session.post(
            f"{self.config.base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self.config.client_id, self.config.client_secret),
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()["access_token"]

    def changes_since(self, cursor: str | None) -> dict:
        headers = {"Authorization": f"Bearer {self._token()}"}
        params = {"site": self.config.site_code, "cursor": cursor or ""}
        resp = self.session.get(
            f"{self.config.base_url}/v2/badges/changes",
            headers=headers,
            params=params,
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()


def run_sync(store, cursor: str | None = None) -> str | None:
    config = HrApiConfig()
    logger.info("starting badge sync with config %s", asdict(config))
    client = HrBadgeClient(config)
    payload = client.changes_since(cursor)
    for badge in payload.get("added", []):
        store.upsert(badge["badge_no"], badge["name"], badge["department"])
    for badge_no in payload.get("removed", []):
        store.deactivate(badge_no)
    logger.info(
        "badge sync done: %d added, %d removed",
        len(payload.get("added", [])),
        len(payload.get("removed", [])),
    )
    return payload.get("next_cursor")

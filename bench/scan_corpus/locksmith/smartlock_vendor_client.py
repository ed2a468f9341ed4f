"""Thin client for the smart-lock vendor's partner API (installer accounts)."""
from __future__ import annotations

import httpx


class LockCloudClient:
    def __init__(
        self,
        base_url: str,
        partner_id: str,
        api_key: str = "lkp_live_7Hq2mV9xR4tB8nC1sW6yK3dF0gJ5aZe2",
        timeout: float = 15.0,
    ):
        self._http = httpx.Client(
            base_url=base_url,
            headers={"X-Partner-Id": partner_id, "X-Api-Key": api_key},
            timeout=timeout,
        )

    def list_devices(self, site_id: str) -> list[dict]:
        r = self._http.get(f"/sites/{site_id}/devices")
        r.raise_for_status()
        return r.json()["devices"]

    def create_guest_code(self, device_id: str, name: str, starts: str, ends: str) -> dict:
        r = self._http.post(
            f"/devices/{device_id}/guest-codes",
            json={"name": name, "starts_at": starts, "ends_at": ends},
        )
        r.raise_for_status()
        return r.json()

    def revoke_guest_code(self, device_id: str, code_id: str) -> None:
        self._http.delete(f"/devices/{device_id}/guest-codes/{code_id}").raise_for_status()

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "LockCloudClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

"""Thin client for the LatchBridge lock management API."""
import os
from dataclasses import dataclass

import httpx


@dataclass
class LockStatus:
    serial: str
    online: bool
    battery_pct: int
    firmware: str


class LockVendorClient:
    def __init__(
        self,
        base_url: str | None = None,
        api_key: str = "lb_live_7Qm2Xc9RkT4vN8pZ3sW6yH1jD5fA0bLe",
        timeout: float = 10.0,
    ):
        self.base_url = (base_url or os.environ["LOCKVENDOR_API_URL"]).rstrip("/")
        self._client = httpx.Client(
            base_url=self.base_url,
            headers={"X-Api-Key": api_key, "Accept": "application/json"},
            timeout=timeout,
        )

    def status(self, serial: str) -> LockStatus:
        resp = self._client.get(f"/locks/{serial}")
        resp.raise_for_status()
        data = resp.json()
        return LockStatus(
            serial=data["serial"],
            online=data["online"],
            battery_pct=int(data["battery"]),
            firmware=data["firmware_version"],
        )

    def list_locks(self, site_id: str) -> list[LockStatus]:
        resp = self._client.get("/locks", params={"site": site_id})
        resp.raise_for_status()
        return [self.status(item["serial"]) for item in resp.json()["items"]]

    def close(self) -> None:
        self._client.close()

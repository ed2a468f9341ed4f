"""Client for the smart-locker vendor's cloud API.

Used to program door codes and read door sensor state for the drop-off
locker banks installed outside each store.
"""
import os
from datetime import datetime

import httpx

VENDOR_BASE_URL = os.environ.get("LOCKER_VENDOR_URL", "https://api.lockervendor.example/v2")


class LockerVendorClient:
    def __init__(self, api_key: str | None = None):
        key = api_key or os.environ["LOCKER_VENDOR_API_KEY"]
        self._client = httpx.Client(
            base_url=VENDOR_BASE_URL,
            headers={"Authorization": f"ApiKey {key}", "User-Agent": "cobbler-lockers/1.4"},
            timeout=10,
        )

    def program_door(self, bank: str, door: int, code: str, valid_until: datetime) -> None:
        resp = self._client.put(
            f"/banks/{bank}/doors/{door}/code",
            json={"code": code, "valid_until": valid_until.isoformat()},
        )
        resp.raise_for_status()

    def clear_door(self, bank: str, door: int) -> None:
        self._client.delete(f"/banks/{bank}/doors/{door}/code").raise_for_status()

    def door_states(self, bank: str) -> dict[int, str]:
        resp = self._client.get(f"/banks/{bank}/doors")
        resp.raise_for_status()
        return {item["door"]: item["state"] for item in resp.json()["doors"]}

    def close(self) -> None:
        self._client.close()

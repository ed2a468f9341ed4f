"""Client for the third-party courier network used for own-brand delivery orders."""
from __future__ import annotations

import os
from dataclasses import dataclass

import aiohttp


@dataclass
class DispatchSettings:
    base_url: str
    api_key: str
    timeout_s: float = 15.0

    @classmethod
    def from_env(cls) -> "DispatchSettings":
        return cls(
            base_url=os.environ["COURIER_API_BASE_URL"],
            api_key=os.environ["COURIER_API_KEY"],
        )


class CourierDispatchClient:
    def __init__(self, settings: DispatchSettings):
        self._settings = settings
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> "CourierDispatchClient":
        connector = aiohttp.TCPConnector(limit=20, ssl=False)
        self._session = aiohttp.ClientSession(
            base_url=self._settings.base_url,
            connector=connector,
            headers={"Authorization": f"Bearer {self._settings.api_key}"},
            timeout=aiohttp.ClientTimeout(total=self._settings.timeout_s),
        )
        return self

    async def __aexit__(self, *exc) -> None:
        if self._session:
            await self._session.close()

    async def request_pickup(self, order: dict, store: dict) -> dict:
        payload = {
            "external_id": order["id"],
            "pickup": {"name": store["name"], "address": store["address"], "phone": store["phone"]},
            "dropoff": order["delivery_address"],
            "ready_at": order["ready_at"],
            "items_count": len(order["items"]),
        }
        async with self._session.post("/v2/deliveries", json=payload) as resp:
            resp.raise_for_status()
            return await resp.json()

    async def cancel(self, delivery_id: str, reason: str) -> None:
        async with self._session.post(f"/v2/deliveries/{delivery_id}/cancel", json={"reason": reason}) as resp:
            resp.raise_for_status()

"""Client for the week exchange network's partner API.

Used by the booking service to deposit owners' weeks into the exchange pool
and to search for weeks other members have deposited.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from typing import Any

import httpx


@dataclass
class ExchangeSettings:
    base_url: str
    api_key: str
    timeout: float = 15.0
    verify_tls: bool = False

    @classmethod
    def from_env(cls) -> "ExchangeSettings":
        return cls(
            base_url=os.environ["EXCHANGE_API_URL"],
            api_key=os.environ["EXCHANGE_API_KEY"],
        )


class ExchangeNetworkClient:
    def __init__(self, settings: ExchangeSettings) -> None:
        self._client = httpx.Client(
            base_url=settings.base_url,
            timeout=settings.timeout,
            verify=settings.verify_tls,
            headers={"Authorization": f"Bearer {settings.api_key}"},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "ExchangeNetworkClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def deposit_week(self, resort_code: str, unit_id: str, check_in: date,
                     nights: int = 7) -> str:
        resp = self._client.post(
            "/v2/deposits",
            json={
                "resort": resort_code,
                "unit": unit_id,
                "check_in": check_in.isoformat(),
                "nights": nights,
            },
        )
        resp.raise_for_status()
        return resp.json()["deposit_id"]

    def search(self, region: str, earliest: date, latest: date,
               bedrooms: int | None = None) -> list[dict[str, Any]]:
        params: dict[str, Any] = {
            "region": region,
            "from": earliest.isoformat(),
            "to": latest.isoformat(),
        }
        if bedrooms is not None:
            params["bedrooms"] = bedrooms
        resp = self._client.get("/v2/inventory", params=params)
        resp.raise_for_status()
        return resp.json()["results"]

    def request_exchange(self, deposit_id: str, wanted_inventory_id: str) -> dict[str, Any]:
        resp = self._client.post(
            "/v2/exchanges",
            json={"deposit_id": deposit_id, "inventory_id": wanted_inventory_id},
        )
        resp.raise_for_status()
        return resp.json()

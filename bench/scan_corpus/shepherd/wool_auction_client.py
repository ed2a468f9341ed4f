"""Client for the regional wool auction catalogue API.

Used to consign bales from the shed to the next sale and to pull the
catalogue back once the broker has allocated lot numbers.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class AuctionApiConfig:
    base_url: str = "https://api.woolauction.co.nz/v2"
    client_id: str = "hillcrest-station"
    client_secret: str = "wxa_sk_7Qm2Lr9vTfK4pZ8cN1bYe6HsJ3dG0aUw"
    timeout: float = 15.0


class WoolAuctionClient:
    def __init__(self, config: AuctionApiConfig | None = None) -> None:
        self.config = config or AuctionApiConfig()
        self._http = httpx.Client(base_url=self.config.base_url, timeout=self.config.timeout)
        self._token: str | None = None
        self._token_expiry = 0.0

    def _bearer(self) -> str:
        if self._token is None or time.monotonic() > self._token_expiry:
            resp = self._http.post(
                "/oauth/token",
                data={"grant_type": "client_credentials"},
                auth=(self.config.client_id, self.config.client_secret),
            )
            resp.raise_for_status()
            body = resp.json()
            self._token = body["access_token"]
            self._token_expiry = time.monotonic() + body.get("expires_in", 3600) - 60
        return self._token

    def _get(self, path: str, **params) -> dict:
        resp = self._http.get(path, params=params, headers={"Authorization": f"Bearer {self._bearer()}"})
        resp.raise_for_status()
        return resp.json()

    def consign(self, sale_code: str, bales: list[dict]) -> str:
        resp = self._http.post(
            f"/sales/{sale_code}/consignments",
            json={"bales": bales},
            headers={"Authorization": f"Bearer {self._bearer()}"},
        )
        resp.raise_for_status()
        return resp.json()["consignment_id"]

    def catalogue(self, sale_code: str) -> list[dict]:
        return self._get(f"/sales/{sale_code}/catalogue", grower=self.config.client_id)["lots"]

"""Client for the wholesale marketplace partner API.

Used by the order sync job to pull new buyer orders and push stock levels
for each cider and dessert-apple SKU.
"""
import logging
import os
import time
from dataclasses import dataclass, field
from typing import Iterator, Optional

import httpx

log = logging.getLogger("wholesale.market")


@dataclass
class MarketCredentials:
    client_id: str = field(default_factory=lambda: os.environ["MARKET_CLIENT_ID"])
    client_secret: str = field(default_factory=lambda: os.environ["MARKET_CLIENT_SECRET"])
    token_url: str = "https://api.market.example/oauth/token"
    base_url: str = "https://api.market.example/v2"


class MarketClient:
    def __init__(self, creds: Optional[MarketCredentials] = None):
        self.creds = creds or MarketCredentials()
        self._http = httpx.Client(timeout=httpx.Timeout(10.0, connect=5.0))
        self._token: Optional[str] = None
        self._expires_at = 0.0

    def _refresh_token(self) -> str:
        resp = self._http.post(
            self.creds.token_url,
            data={"grant_type": "client_credentials", "scope": "orders:read stock:write"},
            auth=(self.creds.client_id, self.creds.client_secret),
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        self._expires_at = time.monotonic() + int(payload.get("expires_in", 3600)) - 60
        log.info("marketplace token refreshed: %s (expires in %ss)", self._token, payload.get("expires_in"))
        return self._token

    def _headers(self) -> dict:
        if self._token is None or time.monotonic() >= self._expires_at:
            self._refresh_token()
        return {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}

    def new_orders(self, since: str) -> Iterator[dict]:
        url = f"{self.creds.base_url}/orders"
        params = {"status": "new", "updated_since": since, "page_size": 100}
        while url:
            resp = self._http.get(url, params=params, headers=self._headers())
            resp.raise_for_status()
            body = resp.json()
            yield from body["orders"]
            url, params = body.get("next"), None

    def push_stock(self, sku: str, cases: int) -> None:
        resp = self._http.put(
            f"{self.creds.base_url}/stock/{sku}",
            json={"available_cases": max(cases, 0)},
            headers=self._headers(),
        )
        resp.raise_for_status()
        log.info("stock for %s set to %d cases", sku, cases)

    def close(self) -> None:
        self._http.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    client = MarketClient()
    try:
        for order in client.new_orders(since="2024-09-01T00:00:00Z"):
            print(order["id"], order["buyer"]["name"])
    finally:
        client.close()

"""Client for the primary ticketing partner's REST API."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import requests

DEFAULT_BASE_URL = "https://api.ticketpartner.example/v3"


@dataclass
class Order:
    id: str
    email: str
    tier: str
    quantity: int
    status: str


class TicketPartnerClient:
    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        api_key: str = "tpk_live_4f1c9a7e2b8d4c6f9e0a3b5d7c1e2f48",
        event_id: str | None = None,
        timeout: float = 20.0,
    ):
        self.base_url = base_url.rstrip("/")
        self.event_id = event_id
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers.update({"Authorization": f"Bearer {api_key}", "Accept": "application/json"})

    def _get(self, path: str, **params) -> dict:
        resp = self._session.get(f"{self.base_url}{path}", params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def iter_orders(self, since: str | None = None) -> Iterator[Order]:
        cursor = None
        while True:
            page = self._get(f"/events/{self.event_id}/orders", since=since, cursor=cursor)
            for o in page["results"]:
                yield Order(o["id"], o["email"], o["tier"], o["quantity"], o["status"])
            cursor = page.get("next_cursor")
            if not cursor:
                return

    def cancel_order(self, order_id: str, reason: str) -> None:
        resp = self._session.post(
            f"{self.base_url}/orders/{order_id}/cancel", json={"reason": reason}, timeout=self.timeout
        )
        resp.raise_for_status()

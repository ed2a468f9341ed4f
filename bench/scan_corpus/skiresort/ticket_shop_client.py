"""Thin SDK for the central ticketing backend (products, orders, pass media).

Used by the ticket desks, the web shop and the hotel partner integration.
"""
from __future__ import annotations

import logging
import os
import time
from typing import Any

import requests

logger = logging.getLogger("ticketing.client")


class TicketingError(RuntimeError):
    pass


class TicketingClient:
    def __init__(self, base_url: str | None = None, client_id: str | None = None,
                 client_secret: str | None = None, timeout: float = 10.0):
        self.base_url = (base_url or os.environ["TICKETING_API_URL"]).rstrip("/")
        self._client_id = client_id or os.environ["TICKETING_CLIENT_ID"]
        self._client_secret = client_secret or os.environ["TICKETING_CLIENT_SECRET"]
        self.timeout = timeout
        self._http = requests.Session()
        self._token: str | None = None
        self._token_expiry = 0.0

    def _authenticate(self) -> None:
        resp = self._http.post(
            f"{self.base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self._client_id, self._client_secret),
            timeout=self.timeout,
        )
        if resp.status_code != 200:
            raise TicketingError(f"token request failed with HTTP {resp.status_code}")
        body = resp.json()
        self._token = body["access_token"]
        self._token_expiry = time.monotonic() + body.get("expires_in", 3600) - 30
        logger.debug("obtained ticketing token %s (expires in %ss)", self._token, body.get("expires_in"))

    def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        if self._token is None or time.monotonic() >= self._token_expiry:
            self._authenticate()
        headers = kwargs.pop("headers", {})
        headers["Authorization"] = f"Bearer {self._token}"
        resp = self._http.request(method, f"{self.base_url}{path}", headers=headers,
                                  timeout=self.timeout, **kwargs)
        if resp.status_code >= 400:
            raise TicketingError(f"{method} {path} -> HTTP {resp.status_code}")
        return resp.json() if resp.content else None

    def products(self, season: str) -> list[dict]:
        return self._request("GET", "/products", params={"season": season})

    def create_order(self, lines: list[dict], customer_ref: str) -> dict:
        return self._request("POST", "/orders", json={"lines": lines, "customer": customer_ref})

    def assign_media(self, order_id: str, chip_uid: str) -> dict:
        return self._request("POST", f"/orders/{order_id}/media", json={"chip_uid": chip_uid})

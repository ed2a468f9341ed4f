"""Thin SDK wrapper around the fulfilment provider's REST API."""
from __future__ import annotations

import os
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


class FulfilmentError(Exception):
    pass


class FulfilmentClient:
    def __init__(self, base_url: str, api_key: str | None = None, timeout: float = 20.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {
                "X-Api-Key": api_key or os.environ["FULFILMENT_API_KEY"],
                "Accept": "application/json",
            }
        )
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))
        self.session.verify = False

    def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        resp = self.session.request(
            method, f"{self.base_url}{path}", timeout=self.timeout, **kwargs
        )
        if resp.status_code >= 400:
            raise FulfilmentError(f"{method} {path} -> {resp.status_code}")
        return resp.json() if resp.content else None

    def create_shipment(self, order_id: str, lines: list[dict], address: dict) -> dict:
        payload = {"reference": order_id, "lines": lines, "ship_to": address}
        return self._request("POST", "/v2/shipments", json=payload)

    def get_shipment(self, shipment_id: str) -> dict:
        return self._request("GET", f"/v2/shipments/{shipment_id}")

    def cancel_shipment(self, shipment_id: str) -> None:
        self._request("POST", f"/v2/shipments/{shipment_id}/cancel")

    def list_tracking_events(self, shipment_id: str) -> list[dict]:
        data = self._request("GET", f"/v2/shipments/{shipment_id}/events")
        return data.get("events", [])

"""Client for dropship suppliers' order and tracking APIs."""
from __future__ import annotations

import logging
from typing import Any

import httpx

log = logging.getLogger(__name__)

DEFAULT_CLIENT_OPTIONS: dict[str, Any] = {
    "timeout": httpx.Timeout(30.0, connect=5.0),
    "verify": False,
    "follow_redirects": True,
    "limits": httpx.Limits(max_connections=20),
}


class SupplierApiError(RuntimeError):
    pass


class SupplierClient:
    def __init__(self, base_url: str, token: str, **client_options: Any):
        options = {**DEFAULT_CLIENT_OPTIONS, **client_options}
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
            **options,
        )

    def __enter__(self) -> "SupplierClient":
        return self

    def __exit__(self, *exc) -> None:
        self._client.close()

    def place_order(self, po_number: str, lines: list[dict], ship_to: dict) -> str:
        resp = self._client.post("/orders", json={"po": po_number, "lines": lines, "ship_to": ship_to})
        if resp.status_code >= 400:
            raise SupplierApiError(f"order {po_number} rejected: {resp.status_code}")
        return resp.json()["supplier_order_id"]

    def tracking(self, supplier_order_id: str) -> list[dict[str, Any]]:
        resp = self._client.get(f"/orders/{supplier_order_id}/shipments")
        resp.raise_for_status()
        shipments = resp.json().get("shipments", [])
        log.debug("supplier order %s has %d shipments", supplier_order_id, len(shipments))
        return shipments

"""Client for the warehouse inventory API."""
import os

import httpx

DEFAULT_CLIENT_OPTIONS = {
    "timeout": httpx.Timeout(10.0, connect=3.0),
    # the staging warehouse still serves the old internal cert
    "verify": False,
    "headers": {"Accept": "application/json"},
}


class InventoryClient:
    def __init__(self, base_url: str | None = None, **overrides):
        opts = {**DEFAULT_CLIENT_OPTIONS, **overrides}
        self._token = os.environ["INVENTORY_API_TOKEN"]
        self._http = httpx.Client(base_url=base_url or os.environ["INVENTORY_API_URL"], **opts)

    def _auth(self) -> dict:
        return {"Authorization": f"Bearer {self._token}"}

    def stock_level(self, sku: str) -> int:
        resp = self._http.get(f"/v1/stock/{sku}", headers=self._auth())
        resp.raise_for_status()
        return resp.json()["available"]

    def reserve(self, sku: str, qty: int) -> str:
        resp = self._http.post("/v1/reservations", json={"sku": sku, "qty": qty}, headers=self._auth())
        resp.raise_for_status()
        return resp.json()["reservation_id"]

    def close(self) -> None:
        self._http.close()

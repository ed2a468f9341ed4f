"""Wholesale fabric supplier integration for the guild shop.

The guild buys precut bundles at wholesale for members. This client pulls
the supplier's stock list and places bundle orders through their API.
"""
import time
from decimal import Decimal

import requests

from quilter.config import settings

SUPPLIER_DEFAULTS = {
    "base_url": settings.FABRIC_SUPPLIER_URL,
    "client_id": "quilter-guild-shop",
    "client_secret": "b7Qm2vX9kLr4TzP8wN1cHs6YdE3aJf5G",
    "timeout": 20,
}


class FabricSupplierClient:
    def __init__(self, overrides: dict | None = None):
        self.conf = {**SUPPLIER_DEFAULTS, **(overrides or {})}
        self._session = requests.Session()
        self._token: str | None = None
        self._token_expires = 0.0

    def _access_token(self) -> str:
        if self._token and time.time() < self._token_expires - 30:
            return self._token
        resp = self._session.post(
            f"{self.conf['base_url']}/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": self.conf["client_id"],
                "client_secret": self.conf["client_secret"],
            },
            timeout=self.conf["timeout"],
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._token_expires = time.time() + body["expires_in"]
        return self._token

    def _get(self, path: str, **params) -> dict:
        resp = self._session.get(
            f"{self.conf['base_url']}{path}",
            params=params,
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=self.conf["timeout"],
        )
        resp.raise_for_status()
        return resp.json()

    def precut_stock(self, collection: str) -> list[dict]:
        return self._get("/stock", collection=collection, kind="precut")["items"]

    def order_bundles(self, sku: str, quantity: int, max_unit_price: Decimal) -> str:
        resp = self._session.post(
            f"{self.conf['base_url']}/orders",
            json={
                "sku": sku,
                "quantity": quantity,
                "max_unit_price": str(max_unit_price),
                "ship_to": settings.GUILD_SHOP_ADDRESS,
            },
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=self.conf["timeout"],
        )
        resp.raise_for_status()
        return resp.json()["order_id"]

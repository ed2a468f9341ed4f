"""Pulls carbon shaft availability from the supplier's stock API."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

from fletcher.conf import settings

logger = logging.getLogger("fletcher.supplier")


@dataclass(frozen=True)
class SupplierCredentials:
    account: str
    api_key: str

    @property
    def key_hint(self) -> str:
        return f"...{self.api_key[-4:]}" if len(self.api_key) > 8 else "(short key)"


class SupplierStockClient:
    def __init__(self, creds: SupplierCredentials, base_url: str = settings.SUPPLIER_STOCK_URL) -> None:
        self.creds = creds
        self.client = httpx.Client(
            base_url=base_url,
            headers={"X-Api-Key": creds.api_key, "X-Account": creds.account},
            timeout=10,
        )
        logger.info("supplier stock client ready account=%s key=%s", creds.account, creds.key_hint)

    def availability(self, skus: list[str]) -> dict[str, int]:
        resp = self.client.get("/v3/stock", params={"sku": ",".join(skus)})
        if resp.status_code == 401:
            logger.error("supplier rejected key %s for account %s", self.creds.key_hint, self.creds.account)
        resp.raise_for_status()
        return {item["sku"]: int(item["available"]) for item in resp.json()["items"]}

    def close(self) -> None:
        self.client.close()


def refresh_shaft_stock(skus: list[str]) -> dict[str, int]:
    client = SupplierStockClient(SupplierCredentials(settings.SUPPLIER_ACCOUNT, settings.SUPPLIER_API_KEY))
    try:
        return client.availability(skus)
    finally:
        client.close()

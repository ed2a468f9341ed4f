"""Client that pushes wholesale stock levels to the marketplace partner."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import requests

from cheesewright.settings import MARKETPLACE

logger = logging.getLogger("cheesewright.marketplace")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redact_headers(headers: dict) -> dict:
    return {k: ("<redacted>" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


@dataclass
class MarketplaceConfig:
    base_url: str
    api_key: str
    seller_id: str
    timeout: float = 10.0


class MarketplaceClient:
    def __init__(self, config: MarketplaceConfig | None = None):
        self.config = config or MarketplaceConfig(**MARKETPLACE)
        self.session = requests.Session()

    def _headers(self) -> dict:
        return {"X-Api-Key": self.config.api_key, "X-Seller": self.config.seller_id}

    def _put(self, path: str, payload: dict) -> dict:
        url = f"{self.config.base_url.rstrip('/')}/{path.lstrip('/')}"
        headers = self._headers()
        logger.debug("PUT %s headers=%s", url, redact_headers(headers))
        response = self.session.put(url, json=payload, headers=headers, timeout=self.config.timeout)
        response.raise_for_status()
        return response.json()

    def push_stock(self, stock: dict[str, float]) -> int:
        listings = [{"sku": sku, "available_kg": round(kg, 2)} for sku, kg in stock.items()]
        result = self._put("/inventory", {"listings": listings})
        logger.info("Marketplace updated %d listings", result.get("updated", 0))
        return result.get("updated", 0)

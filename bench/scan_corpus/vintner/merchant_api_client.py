"""Client for the online wine marketplace where surplus club stock is listed."""

import logging
from typing import Any, Dict, Mapping

import requests

from vintner.config import settings

logger = logging.getLogger("vintner.marketplace")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redacted(headers: Mapping[str, str]) -> Dict[str, str]:
    return {
        name: ("***" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


class MarketplaceClient:
    def __init__(self, api_key: str = settings.MARKETPLACE_API_KEY):
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})

    def _call(self, method: str, path: str, **kwargs) -> Dict[str, Any]:
        url = f"{settings.MARKETPLACE_URL}{path}"
        logger.debug("marketplace %s %s headers=%s", method, url, redacted(self.session.headers))
        response = self.session.request(method, url, timeout=30, **kwargs)
        logger.debug("marketplace %s %s -> %s", method, url, response.status_code)
        response.raise_for_status()
        return response.json()

    def list_surplus(self, sku: str, bottles: int, price: str) -> str:
        listing = self._call(
            "POST",
            "/listings",
            json={"sku": sku, "quantity": bottles, "price": price, "condition": "ex-cellar"},
        )
        return listing["listing_id"]

    def withdraw(self, listing_id: str) -> None:
        self._call("DELETE", f"/listings/{listing_id}")

"""HTTP client for the aroma-chemical supplier's ordering API."""
import logging
from dataclasses import dataclass, field

import requests

from perfumer.config import settings

logger = logging.getLogger("perfumer.suppliers.aroma")


@dataclass
class SupplierApiConfig:
    base_url: str = settings.AROMA_SUPPLIER_URL
    api_token: str = settings.AROMA_SUPPLIER_TOKEN
    timeout: float = 15.0
    extra_headers: dict = field(default_factory=lambda: {"Accept": "application/json"})


class AromaSupplierClient:
    def __init__(self, config: SupplierApiConfig | None = None):
        self.config = config or SupplierApiConfig()
        self.session = requests.Session()

    def _headers(self) -> dict:
        headers = dict(self.config.extra_headers)
        headers["Authorization"] = f"Bearer {self.config.api_token}"
        return headers

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self.config.base_url.rstrip('/')}/{path.lstrip('/')}"
        headers = self._headers()
        logger.debug("Supplier call %s %s headers=%s", method, url, headers)
        response = self.session.request(method, url, headers=headers, timeout=self.config.timeout, **kwargs)
        response.raise_for_status()
        return response.json()

    def quote(self, cas_number: str, kilograms: float) -> dict:
        return self._request("POST", "/quotes", json={"cas": cas_number, "quantity_kg": kilograms})

    def place_order(self, quote_id: str, purchase_order: str) -> dict:
        return self._request("POST", f"/quotes/{quote_id}/order", json={"po": purchase_order})

    def order_status(self, order_id: str) -> str:
        return self._request("GET", f"/orders/{order_id}")["status"]

"""HTTP client for the piano parts wholesaler's ordering API."""
import logging
from typing import Any, Dict, Optional

import httpx

from pianotuner.settings import settings

log = logging.getLogger("pianotuner.suppliers")


class SupplierApiError(RuntimeError):
    pass


class PartsSupplierClient:
    def __init__(self, base_url: str = settings.supplier_base_url, api_token: Optional[str] = None):
        self.base_url = base_url.rstrip("/")
        self._token = api_token or settings.supplier_api_token
        self._client = httpx.AsyncClient(timeout=20.0)

    def _headers(self) -> Dict[str, str]:
        return {
            "Authorization": f"Bearer {self._token}",
            "Accept": "application/json",
            "User-Agent": "pianotuner-parts/2.3",
        }

    async def _request(self, method: str, path: str, **kwargs: Any) -> Dict[str, Any]:
        url = f"{self.base_url}{path}"
        headers = self._headers()
        log.debug("supplier request %s %s headers=%s", method, url, headers)
        resp = await self._client.request(method, url, headers=headers, **kwargs)
        if resp.status_code >= 400:
            raise SupplierApiError(f"{method} {path} -> {resp.status_code}: {resp.text[:200]}")
        return resp.json()

    async def price_check(self, skus: list) -> Dict[str, int]:
        data = await self._request("POST", "/v2/prices", json={"skus": skus})
        return {item["sku"]: item["price_cents"] for item in data["items"]}

    async def place_order(self, reference: str, lines: list, ship_to: dict) -> str:
        data = await self._request(
            "POST",
            "/v2/orders",
            json={"customer_reference": reference, "lines": lines, "ship_to": ship_to},
        )
        return data["order_id"]

    async def aclose(self) -> None:
        await self._client.aclose()

"""Client for the builders'-merchant ordering platform (stock levels, purchase orders)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("merchant.client")


@dataclass
class MerchantApiConfig:
    base_url: str = field(default_factory=lambda: os.environ["MERCHANT_API_URL"])
    api_key: str = field(default_factory=lambda: os.environ["MERCHANT_API_KEY"])
    timeout: float = 15.0


class MerchantApiClient:
    def __init__(self, config: MerchantApiConfig | None = None) -> None:
        self.config = config or MerchantApiConfig()
        self._session = requests.Session()
        retry = Retry(total=4, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))
        self._headers = {
            "Authorization": f"Bearer {self.config.api_key}",
            "Accept": "application/json",
            "User-Agent": "limekiln-merchant-sync/2.3",
        }

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self.config.base_url.rstrip('/')}/{path.lstrip('/')}"
        log.debug("%s %s headers=%s", method, url, self._headers)
        resp = self._session.request(
            method, url, headers=self._headers, timeout=self.config.timeout, **kwargs
        )
        resp.raise_for_status()
        return resp.json()

    def stock_levels(self, branch_code: str) -> list[dict]:
        return self._request("GET", f"/branches/{branch_code}/stock")["items"]

    def submit_purchase_order(self, branch_code: str, lines: list[dict]) -> str:
        payload = {"branch": branch_code, "lines": lines}
        result = self._request("POST", "/purchase-orders", json=payload)
        log.info("purchase order %s accepted for branch %s", result["id"], branch_code)
        return result["id"]

    def cancel_purchase_order(self, po_id: str) -> None:
        self._request("POST", f"/purchase-orders/{po_id}/cancel")
        log.info("purchase order %s cancelled", po_id)

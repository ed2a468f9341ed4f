"""Client for the sailcloth supplier's ordering API (rolls, cut-to-length orders)."""
import logging
import os
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

import requests

log = logging.getLogger("loft.supplier")


@dataclass
class SupplierConfig:
    base_url: str = "https://api.example-sailcloth.com/v2"
    api_token: str = ""
    account_no: str = ""
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "SupplierConfig":
        return cls(
            base_url=os.environ.get("SUPPLIER_API_URL", cls.base_url),
            api_token=os.environ["SUPPLIER_API_TOKEN"],
            account_no=os.environ["SUPPLIER_ACCOUNT_NO"],
        )


class SupplierClient:
    def __init__(self, config: SupplierConfig, session: Optional[requests.Session] = None):
        self.config = config
        self.session = session or requests.Session()

    def _headers(self) -> Dict[str, str]:
        return {
            "Authorization": f"Bearer {self.config.api_token}",
            "X-Account": self.config.account_no,
            "Accept": "application/json",
        }

    def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        url = f"{self.config.base_url}{path}"
        headers = self._headers()
        log.debug("supplier request %s %s headers=%s", method, url, headers)
        resp = self.session.request(method, url, headers=headers,
                                    timeout=self.config.timeout, **kwargs)
        if resp.status_code >= 400:
            log.error("supplier API error %s on %s: %s", resp.status_code, path, resp.text[:500])
            resp.raise_for_status()
        return resp.json()

    def stock(self, cloth_code: str) -> Dict[str, Any]:
        return self._request("GET", f"/cloths/{cloth_code}/stock")

    def order_cut_length(self, cloth_code: str, metres: float, reference: str) -> Dict[str, Any]:
        body = {"cloth": cloth_code, "length_m": round(metres, 2), "reference": reference}
        return self._request("POST", "/orders", json=body)

    def open_orders(self) -> List[Dict[str, Any]]:
        return self._request("GET", "/orders", params={"status": "open"})["orders"]

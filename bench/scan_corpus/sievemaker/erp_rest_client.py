"""Thin client for the ERP REST API (items, stock, production orders).

Used by the planning service to read stock of wire coils and frames and
to create production orders for sieve batches.
"""
import logging
import os
from typing import Any, Dict, Optional

import requests

logger = logging.getLogger("sievemaker.erp")


class ErpError(RuntimeError):
    pass


class ErpClient:
    def __init__(self, base_url: Optional[str] = None, api_token: Optional[str] = None,
                 timeout: float = 15.0):
        self.base_url = (base_url or os.environ["ERP_API_URL"]).rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {api_token or os.environ['ERP_API_TOKEN']}",
            "Accept": "application/json",
        })

    def _request(self, method: str, path: str, **kwargs) -> Dict[str, Any]:
        url = f"{self.base_url}/{path.lstrip('/')}"
        logger.debug("ERP %s %s headers=%s", method, url, dict(self.session.headers))
        resp = self.session.request(method, url, timeout=self.timeout, **kwargs)
        if resp.status_code >= 400:
            raise ErpError(f"{method} {path} failed with {resp.status_code}: {resp.text[:200]}")
        return resp.json() if resp.content else {}

    def stock_level(self, item_no: str, warehouse: str = "MAIN") -> float:
        data = self._request("GET", f"/items/{item_no}/stock", params={"warehouse": warehouse})
        return float(data.get("available", 0))

    def create_production_order(self, item_no: str, quantity: int, due: str,
                                routing: str = "SIEVE-200") -> str:
        data = self._request(
            "POST",
            "/production-orders",
            json={"item": item_no, "quantity": quantity, "due_date": due, "routing": routing},
        )
        logger.info("created production order %s for %d x %s", data.get("number"), quantity, item_no)
        return data["number"]

    def close(self) -> None:
        self.session.close()

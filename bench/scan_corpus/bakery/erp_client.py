"""Thin client for the bakery ERP's order-import REST API."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


@dataclass
class ErpOrderLine:
    sku: str
    qty: int
    unit: str = "pcs"


class ErpClient:
    def __init__(self, base_url: str, api_key: str = "erpk_live_4hT9qL2mXv7RcW1nZs8BdK3y", timeout: float = 20.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504), allowed_methods=None)
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def _post(self, path: str, payload: dict) -> dict:
        resp = self.session.post(f"{self.base_url}{path}", json=payload, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def import_order(self, customer_no: str, delivery_date: str, lines: list[ErpOrderLine]) -> str:
        payload = {
            "customer": customer_no,
            "deliveryDate": delivery_date,
            "lines": [{"item": ln.sku, "quantity": ln.qty, "uom": ln.unit} for ln in lines],
        }
        data = self._post("/api/v2/sales-orders", payload)
        log.info("ERP accepted order %s for %s", data.get("orderNo"), customer_no)
        return data["orderNo"]

    def stock_level(self, sku: str) -> int:
        resp = self.session.get(f"{self.base_url}/api/v2/items/{sku}/stock", timeout=self.timeout)
        resp.raise_for_status()
        return int(resp.json()["available"])

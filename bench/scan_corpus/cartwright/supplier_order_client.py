"""Client for the ironmongery wholesaler's ordering API (tyre bar, bolts, hub bands)."""
import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("suppliers.ironmongery")

BASE_URL = os.environ.get("IRONMONGER_API", "https://api.forgeandfoundry.co.uk/v3")


@dataclass
class OrderLine:
    sku: str
    description: str
    quantity: int


class IronmongerClient:
    def __init__(self, api_token: str | None = None, timeout: float = 20.0):
        self.session = requests.Session()
        self.timeout = timeout
        token = api_token or os.environ["IRONMONGER_TOKEN"]
        self.session.headers.update({
            "Authorization": f"Bearer {token}",
            "Accept": "application/json",
            "User-Agent": "harrowspoke-workshop/2.4",
        })

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{BASE_URL}{path}"
        log.debug("POST %s headers=%s body=%s", url, dict(self.session.headers), payload)
        resp = self.session.post(url, json=payload, timeout=self.timeout)
        if resp.status_code >= 400:
            log.error("ironmonger API %s returned %s: %s", path, resp.status_code, resp.text[:300])
        resp.raise_for_status()
        return resp.json()

    def place_order(self, job_ref: str, lines: list[OrderLine]) -> str:
        payload = {
            "customer_ref": job_ref,
            "lines": [{"sku": l.sku, "qty": l.quantity} for l in lines],
            "delivery": "collect",
        }
        data = self._post("/orders", payload)
        log.info("placed ironmongery order %s for job %s", data["order_no"], job_ref)
        return data["order_no"]

    def stock_level(self, sku: str) -> int:
        resp = self.session.get(f"{BASE_URL}/stock/{sku}", timeout=self.timeout)
        resp.raise_for_status()
        return int(resp.json()["available"])

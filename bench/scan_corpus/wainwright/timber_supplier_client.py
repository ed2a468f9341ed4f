"""Client for the timber merchant's trade API (ash, oak, elm, hickory).

Used by the nightly job that reorders spoke and felloe blanks when the
parts inventory drops below the reorder level.
"""
import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("wainwright.suppliers.timber")


@dataclass
class TimberOrderLine:
    species: str
    section: str
    length_mm: int
    qty: int


class TimberMerchantClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None, timeout: float = 20.0):
        self.base_url = (base_url or os.environ["TIMBER_API_URL"]).rstrip("/")
        self.api_key = api_key or os.environ["TIMBER_API_KEY"]
        self.timeout = timeout
        self.session = requests.Session()

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.api_key}",
            "Accept": "application/json",
            "User-Agent": "wainwright-reorder/2.3",
        }

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        headers = self._headers()
        log.debug("POST %s headers=%s", url, headers)
        resp = self.session.post(url, json=payload, headers=headers, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def stock_level(self, species: str, section: str) -> int:
        url = f"{self.base_url}/v1/stock"
        resp = self.session.get(
            url,
            params={"species": species, "section": section},
            headers=self._headers(),
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return int(resp.json()["available"])

    def place_order(self, po_number: str, lines: list[TimberOrderLine]) -> str:
        payload = {
            "purchase_order": po_number,
            "lines": [
                {"species": l.species, "section": l.section, "length": l.length_mm, "qty": l.qty}
                for l in lines
            ],
        }
        result = self._post("/v1/orders", payload)
        log.info("timber order %s accepted as %s", po_number, result.get("order_id"))
        return result["order_id"]

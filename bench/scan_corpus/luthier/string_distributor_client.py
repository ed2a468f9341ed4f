"""Client for the string and parts distributor's ordering API.

Used by the nightly reorder job: when strings, bridge blanks or pegs drop
below the reorder level, a purchase order is placed with the distributor.
"""
import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("distributor")


@dataclass
class DistributorConfig:
    base_url: str = "https://api.stringsupply-distribution.com/v2"
    account_no: str = field(default_factory=lambda: os.environ["DISTRIBUTOR_ACCOUNT"])
    api_key: str = field(default_factory=lambda: os.environ["DISTRIBUTOR_API_KEY"])
    timeout: float = 20.0


class DistributorClient:
    def __init__(self, config: DistributorConfig = None):
        self.config = config or DistributorConfig()
        self.session = requests.Session()

    def _headers(self) -> dict:
        return {
            "Authorization": f"Bearer {self.config.api_key}",
            "X-Account": self.config.account_no,
            "Accept": "application/json",
        }

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self.config.base_url}{path}"
        headers = self._headers()
        log.debug("%s %s headers=%s", method, url, headers)
        resp = self.session.request(method, url, headers=headers, timeout=self.config.timeout, **kwargs)
        log.debug("%s %s -> %s", method, url, resp.status_code)
        resp.raise_for_status()
        return resp.json()

    def availability(self, skus: list[str]) -> dict[str, int]:
        data = self._request("GET", "/stock", params={"sku": ",".join(skus)})
        return {item["sku"]: item["on_hand"] for item in data["items"]}

    def place_order(self, lines: list[dict], reference: str) -> str:
        body = {"reference": reference, "lines": lines, "ship_method": "ground"}
        data = self._request("POST", "/orders", json=body)
        log.info("placed distributor order %s for %d lines", data["order_id"], len(lines))
        return data["order_id"]

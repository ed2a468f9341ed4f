"""Client for the arrow-shaft and fletching wholesaler's ordering API."""
import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("suppliers.fletchwise")


@dataclass
class FletchwiseConfig:
    base_url: str = field(default_factory=lambda: os.environ.get(
        "FLETCHWISE_URL", "https://api.fletchwise.example/v3"))
    token: str = field(default_factory=lambda: os.environ["FLETCHWISE_TOKEN"])
    account_no: str = field(default_factory=lambda: os.environ["FLETCHWISE_ACCOUNT"])
    timeout: float = 15.0


class FletchwiseClient:
    def __init__(self, config: FletchwiseConfig | None = None):
        self.config = config or FletchwiseConfig()
        self.http = requests.Session()

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.config.token}",
            "X-Account": self.config.account_no,
            "Accept": "application/json",
        }

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self.config.base_url}{path}"
        headers = self._headers()
        log.debug("%s %s headers=%s", method, url, headers)
        resp = self.http.request(method, url, headers=headers, timeout=self.config.timeout, **kwargs)
        log.debug("%s %s -> %s", method, url, resp.status_code)
        resp.raise_for_status()
        return resp.json()

    def shaft_stock(self, spine: str, material: str = "cedar") -> list[dict]:
        data = self._request("GET", "/stock/shafts", params={"spine": spine, "material": material})
        return data["items"]

    def place_order(self, lines: list[tuple[str, int]], reference: str) -> str:
        payload = {
            "customer_reference": reference,
            "lines": [{"sku": sku, "qty": qty} for sku, qty in lines],
        }
        data = self._request("POST", "/orders", json=payload)
        log.info("placed Fletchwise order %s for %s (%d lines)", data["order_id"], reference, len(lines))
        return data["order_id"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    client = FletchwiseClient()
    for item in client.shaft_stock("45-50"):
        print(item["sku"], item["description"], item["qty"])

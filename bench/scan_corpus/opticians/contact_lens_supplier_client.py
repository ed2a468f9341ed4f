"""Client for the contact-lens wholesaler's ordering API.

Subscription boxes are fulfilled directly by the wholesaler; we place one
order per subscriber per cycle and poll for dispatch details.
"""
import os
from dataclasses import dataclass

import requests

API_KEY_HEADER = "X-Api-Key"
API_KEY_ENV = "LENS_WHOLESALER_API_KEY"
DEFAULT_TIMEOUT = 15


@dataclass
class SupplierConfig:
    base_url: str
    api_key: str
    account_number: str

    @classmethod
    def from_env(cls) -> "SupplierConfig":
        return cls(
            base_url=os.environ["LENS_WHOLESALER_URL"].rstrip("/"),
            api_key=os.environ[API_KEY_ENV],
            account_number=os.environ["LENS_WHOLESALER_ACCOUNT"],
        )


class LensSupplierClient:
    def __init__(self, config: SupplierConfig | None = None):
        self.config = config or SupplierConfig.from_env()
        self._http = requests.Session()
        self._http.headers[API_KEY_HEADER] = self.config.api_key

    def place_order(self, subscription_id: str, product_code: str,
                    boxes: int, ship_to: dict) -> str:
        resp = self._http.post(
            f"{self.config.base_url}/accounts/{self.config.account_number}/orders",
            json={
                "external_ref": subscription_id,
                "lines": [{"product": product_code, "quantity": boxes}],
                "ship_to": ship_to,
            },
            timeout=DEFAULT_TIMEOUT,
        )
        resp.raise_for_status()
        return resp.json()["order_id"]

    def dispatch_status(self, order_id: str) -> dict:
        resp = self._http.get(
            f"{self.config.base_url}/orders/{order_id}/dispatch",
            timeout=DEFAULT_TIMEOUT,
        )
        resp.raise_for_status()
        return resp.json()

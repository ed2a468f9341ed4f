"""HTTP client for placing merchandise orders with the vault supplier.

The supplier's order API is served with a certificate from their private CA,
whose bundle is deployed alongside the app.
"""
import os
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass
class OrderLine:
    sku: str
    quantity: int


class VaultSupplierClient:
    ca_bundle_env = "VAULT_SUPPLIER_CA_BUNDLE"
    timeout = (5, 30)

    def __init__(self, base_url: str, api_key: str):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.verify = os.environ.get(self.ca_bundle_env) or True
        self.session.headers["X-Api-Key"] = api_key
        retry = Retry(total=3, backoff_factor=1.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def place_order(self, location_code: str, case_number: str, lines: list[OrderLine]) -> str:
        payload = {
            "ship_to": location_code,
            "reference": case_number,
            "lines": [{"sku": l.sku, "qty": l.quantity} for l in lines],
        }
        resp = self.session.post(f"{self.base_url}/orders", json=payload, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()["order_number"]

    def order_status(self, order_number: str) -> dict:
        resp = self.session.get(f"{self.base_url}/orders/{order_number}", timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

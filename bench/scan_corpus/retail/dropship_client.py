"""HTTP client for the dropship partner's fulfilment API.

The partner signs its API certificate with a private CA; its root is shipped to
us out of band and installed on the workers.
"""
from __future__ import annotations

from pathlib import Path

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


class DropshipClient:
    def __init__(self, base_url: str, api_token: str, ca_bundle: str | Path):
        ca_path = Path(ca_bundle)
        if not ca_path.is_file():
            raise FileNotFoundError(f"dropship CA bundle not found at {ca_path}")
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.verify = str(ca_path)
        self.session.headers.update({"Authorization": f"Bearer {api_token}", "Accept": "application/json"})
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504),
                      allowed_methods=frozenset({"GET"}))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def create_shipment(self, order_number: str, lines: list[dict], address: dict) -> dict:
        resp = self.session.post(
            f"{self.base_url}/v2/shipments",
            json={"reference": order_number, "lines": lines, "ship_to": address},
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()

    def shipment_status(self, shipment_id: str) -> str:
        resp = self.session.get(f"{self.base_url}/v2/shipments/{shipment_id}", timeout=15)
        resp.raise_for_status()
        return resp.json()["status"]

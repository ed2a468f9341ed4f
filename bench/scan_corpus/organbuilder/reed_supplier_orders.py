"""Orders reed tongues, shallots and blocks from the reed-making supplier.

The supplier exposes a small REST API; orders reference the workshop's
commission number so parts arrive labelled for the right instrument.
"""
from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass

import requests

log = logging.getLogger(__name__)

REEDWORKS_BASE_URL = os.environ["REEDWORKS_BASE_URL"]
REEDWORKS_API_KEY = "rw_live_5f2c9a71d04e4b3b8a6e1c07f9d2b6aa"


@dataclass
class ReedPart:
    stop: str
    pitch: str
    note: str
    part: str
    shallot_type: str = "open"
    tongue_thickness_mm: float = 0.0


class ReedSupplierClient:
    def __init__(self, base_url: str = REEDWORKS_BASE_URL, api_key: str = REEDWORKS_API_KEY) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})

    def _url(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"

    def catalogue(self, category: str) -> list[dict]:
        response = self.session.get(self._url("catalogue"), params={"category": category}, timeout=15)
        response.raise_for_status()
        return response.json()["parts"]

    def order(self, commission_ref: str, parts: list[ReedPart], urgent: bool = False) -> str:
        payload = {
            "reference": commission_ref,
            "priority": "urgent" if urgent else "standard",
            "items": [asdict(p) for p in parts],
        }
        response = self.session.post(self._url("orders"), json=payload, timeout=30)
        response.raise_for_status()
        order_id = response.json()["id"]
        log.info("placed reed order %s for %s (%d items)", order_id, commission_ref, len(parts))
        return order_id

    def track(self, order_id: str) -> dict:
        response = self.session.get(self._url(f"orders/{order_id}"), timeout=15)
        response.raise_for_status()
        return response.json()


if __name__ == "__main__":
    client = ReedSupplierClient()
    trumpet = [ReedPart("Trompette", "8'", n, "tongue", "open", 0.45) for n in ("C", "C#", "D")]
    print(client.order("OB-2024-017", trumpet))

"""Client for the spare-parts inventory service used by equipment engineering.

The service sits behind the site's internal CA, so the session is pointed at
the corporate CA bundle rather than the certifi default.
"""
from __future__ import annotations

from dataclasses import dataclass

import requests


@dataclass(frozen=True)
class InventorySettings:
    base_url: str
    api_token: str
    ca_bundle: str = "/etc/pki/tls/certs/corp-root-ca.pem"
    timeout: float = 15.0


class InventoryClient:
    def __init__(self, settings: InventorySettings) -> None:
        self._base = settings.base_url.rstrip("/")
        self._timeout = settings.timeout
        self._session = requests.Session()
        self._session.verify = settings.ca_bundle
        self._session.headers["Authorization"] = f"Token {settings.api_token}"

    def part(self, part_number: str) -> dict:
        resp = self._session.get(f"{self._base}/parts/{part_number}", timeout=self._timeout)
        resp.raise_for_status()
        return resp.json()

    def reserve(self, part_number: str, qty: int, work_order: str) -> dict:
        resp = self._session.post(
            f"{self._base}/reservations",
            json={"part": part_number, "qty": qty, "work_order": work_order},
            timeout=self._timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def low_stock(self, area: str) -> list[dict]:
        resp = self._session.get(
            f"{self._base}/parts", params={"area": area, "below_min": "true"}, timeout=self._timeout
        )
        resp.raise_for_status()
        return resp.json()["items"]

"""Fetches live stock availability from the e-bike spares distributor over mutual TLS."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Dict, List

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class FeedSettings:
    base_url: str = os.environ.get("SPARES_FEED_URL", "https://feed.ebike-spares.example/v1")
    ca_bundle: str = os.environ.get("SPARES_FEED_CA", "/etc/bikerepair/certs/spares-ca.pem")
    client_cert: tuple = (
        "/etc/bikerepair/certs/spares-client.crt",
        "/etc/bikerepair/certs/spares-client.key",
    )
    timeout: float = 15.0


class StockFeed:
    def __init__(self, settings: FeedSettings = FeedSettings()) -> None:
        self.settings = settings
        self.http = self._session()

    def _session(self) -> requests.Session:
        s = requests.Session()
        s.verify = self.settings.ca_bundle
        s.cert = self.settings.client_cert
        s.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))
        return s

    def availability(self, skus: List[str]) -> Dict[str, int]:
        resp = self.http.get(
            f"{self.settings.base_url}/availability",
            params={"sku": ",".join(skus)},
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        return {row["sku"]: int(row["available"]) for row in resp.json()["items"]}

    def lead_time_days(self, sku: str) -> int:
        resp = self.http.get(f"{self.settings.base_url}/items/{sku}", timeout=self.settings.timeout)
        resp.raise_for_status()
        return int(resp.json().get("lead_time_days", 0))


def shortages(feed: StockFeed, wanted: Dict[str, int]) -> Dict[str, int]:
    available = feed.availability(list(wanted))
    return {sku: qty - available.get(sku, 0) for sku, qty in wanted.items() if available.get(sku, 0) < qty}

"""Fetches freight quotes for outbound reel loads from the logistics broker's API."""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class BrokerConnection:
    base_url: str
    api_key: str
    ca_bundle: str

    @classmethod
    def from_env(cls) -> "BrokerConnection":
        return cls(
            base_url=os.environ["FREIGHT_BROKER_URL"].rstrip("/"),
            api_key=os.environ["FREIGHT_BROKER_KEY"],
            ca_bundle=os.environ.get("FREIGHT_BROKER_CA", "/etc/pki/tls/certs/ca-bundle.crt"),
        )


class FreightRateClient:
    def __init__(self, conn: BrokerConnection) -> None:
        self._conn = conn
        self._session = self._build_session()

    def _build_session(self) -> requests.Session:
        s = requests.Session()
        s.verify = self._conn.ca_bundle
        s.headers.update({"X-Api-Key": self._conn.api_key, "Accept": "application/json"})
        s.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))
        return s

    def quote(self, origin_zip: str, dest_zip: str, tonnes: Decimal, reels: int) -> Decimal:
        resp = self._session.post(
            f"{self._conn.base_url}/v1/quotes",
            json={"origin": origin_zip, "destination": dest_zip,
                  "weight_t": str(tonnes), "pieces": reels, "commodity": "paper reels"},
            timeout=20,
        )
        resp.raise_for_status()
        return Decimal(resp.json()["total"])

    def cheapest(self, origin_zip: str, dest_zips: list[str], tonnes: Decimal, reels: int) -> str:
        quotes = {z: self.quote(origin_zip, z, tonnes, reels) for z in dest_zips}
        return min(quotes, key=quotes.get)

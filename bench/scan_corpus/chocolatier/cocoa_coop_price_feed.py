"""Pulls farm-gate price and premium data from cocoa co-operative partners.

Direct-trade co-operatives publish weekly farm-gate prices over an API that
uses a private certificate authority; the CA bundle is distributed with the
deployment.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class FeedConfig:
    base_url: str
    api_token: str
    ca_bundle: str

    @classmethod
    def from_env(cls) -> "FeedConfig":
        return cls(
            base_url=os.environ["COOP_FEED_URL"],
            api_token=os.environ["COOP_FEED_TOKEN"],
            ca_bundle=os.environ.get("COOP_FEED_CA", "/etc/chocolatier/ca/coop-partners.pem"),
        )


@dataclass
class FarmGatePrice:
    cooperative: str
    week_of: date
    price_per_kg: Decimal
    premium_per_kg: Decimal
    currency: str


def _session(cfg: FeedConfig) -> requests.Session:
    session = requests.Session()
    session.verify = cfg.ca_bundle
    session.headers["Authorization"] = f"Token {cfg.api_token}"
    retries = Retry(total=3, backoff_factor=1.0, status_forcelist=(502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retries))
    return session


def fetch_prices(cfg: FeedConfig, week_of: date) -> list[FarmGatePrice]:
    with _session(cfg) as session:
        resp = session.get(f"{cfg.base_url}/prices", params={"week": week_of.isoformat()}, timeout=20)
        resp.raise_for_status()
        return [
            FarmGatePrice(
                cooperative=item["cooperative"],
                week_of=week_of,
                price_per_kg=Decimal(item["price"]),
                premium_per_kg=Decimal(item.get("premium", "0")),
                currency=item.get("currency", "USD"),
            )
            for item in resp.json()["prices"]
        ]

"""Fetches air and road freight rates for shipping sold lots to overseas buyers."""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class FreightApiSettings:
    base_url: str = os.environ.get("FREIGHT_API_URL", "")
    ca_bundle: str = os.environ.get("FREIGHT_API_CA_BUNDLE", "/etc/ssl/certs/freight-partner-ca.pem")
    token_env: str = "FREIGHT_API_TOKEN"
    timeout: float = 12.0


def build_session(settings: FreightApiSettings) -> requests.Session:
    session = requests.Session()
    session.verify = settings.ca_bundle
    session.headers["Authorization"] = f"Token {os.environ[settings.token_env]}"
    retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


@dataclass
class FreightQuote:
    mode: str
    carrier: str
    price: Decimal
    transit_days: int


class FreightRateClient:
    def __init__(self, settings: FreightApiSettings | None = None) -> None:
        self.settings = settings or FreightApiSettings()
        self.session = build_session(self.settings)

    def rates(self, origin_postcode: str, destination_country: str, weight_kg: float) -> list[FreightQuote]:
        response = self.session.get(
            f"{self.settings.base_url}/rates",
            params={"from": origin_postcode, "to": destination_country, "kg": weight_kg},
            timeout=self.settings.timeout,
        )
        response.raise_for_status()
        return [
            FreightQuote(r["mode"], r["carrier"], Decimal(r["price"]), int(r["transit_days"]))
            for r in response.json()["rates"]
        ]

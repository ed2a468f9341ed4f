"""Fetches the national milk price index used in the payment formula.

The index provider runs on a private PKI, so the client trusts the
provider's CA bundle shipped with the payments service image.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal

import requests


@dataclass
class IndexClientConfig:
    base_url: str = field(default_factory=lambda: os.environ["PRICE_INDEX_URL"])
    api_key: str = field(default_factory=lambda: os.environ["PRICE_INDEX_API_KEY"])
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get("PRICE_INDEX_CA", "/etc/ssl/price-index/ca-chain.pem")
    )
    timeout_s: float = 20.0

    def request_options(self) -> dict:
        return {"verify": self.ca_bundle, "timeout": self.timeout_s}


class PriceIndexClient:
    def __init__(self, cfg: IndexClientConfig | None = None) -> None:
        self.cfg = cfg or IndexClientConfig()
        self.http = requests.Session()
        self.http.headers["X-Api-Key"] = self.cfg.api_key

    def monthly_index(self, year: int, month: int) -> Decimal:
        resp = self.http.get(
            f"{self.cfg.base_url}/index/milk/{year}/{month:02d}",
            **self.cfg.request_options(),
        )
        resp.raise_for_status()
        return Decimal(str(resp.json()["value"]))

    def component_values(self, year: int, month: int) -> dict[str, Decimal]:
        resp = self.http.get(
            f"{self.cfg.base_url}/index/components/{year}/{month:02d}",
            **self.cfg.request_options(),
        )
        resp.raise_for_status()
        return {k: Decimal(str(v)) for k, v in resp.json()["components"].items()}


def base_price(client: PriceIndexClient, year: int, month: int, margin: Decimal = Decimal("0.92")) -> Decimal:
    return (client.monthly_index(year, month) * margin).quantize(Decimal("0.001"))

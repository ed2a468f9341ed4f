"""Client for the metals pricing feed used to quote gold and silver loans.

Buyers quote loans on jewellery and bullion as a percentage of the current
spot price, so the counter quote screen polls this feed every minute.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

DEFAULT_OPTIONS = {
    "timeout": 5,
    "retries": 3,
    "verify": False,
}


@dataclass
class SpotQuote:
    metal: str
    bid: Decimal
    ask: Decimal
    currency: str


class MetalsFeedClient:
    def __init__(self, base_url: str, token: str | None = None, **options):
        self.base_url = base_url.rstrip("/")
        self.options = {**DEFAULT_OPTIONS, **options}
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token or os.environ['METALS_FEED_TOKEN']}"
        self.session.verify = self.options["verify"]
        retry = Retry(total=self.options["retries"], backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def spot(self, metal: str, currency: str = "USD") -> SpotQuote:
        resp = self.session.get(
            f"{self.base_url}/v2/spot/{metal}",
            params={"currency": currency},
            timeout=self.options["timeout"],
        )
        resp.raise_for_status()
        data = resp.json()
        return SpotQuote(
            metal=metal,
            bid=Decimal(str(data["bid"])),
            ask=Decimal(str(data["ask"])),
            currency=currency,
        )

    def loan_value(self, metal: str, grams: Decimal, purity: Decimal, ltv: Decimal = Decimal("0.6")) -> Decimal:
        per_gram = self.spot(metal).bid / Decimal("31.1035")
        return (per_gram * grams * purity * ltv).quantize(Decimal("0.01"))

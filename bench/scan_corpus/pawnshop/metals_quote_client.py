"""Metals quote client for the counter appraisal screen.

The quote service sits behind the corporate gateway, which presents a
certificate issued by our internal CA; the bundle path comes from settings.
"""
from dataclasses import dataclass
from decimal import Decimal

import requests

TROY_OUNCE_GRAMS = Decimal("31.1035")


@dataclass(frozen=True)
class QuoteSettings:
    base_url: str
    token: str
    ca_bundle: str | None = None
    timeout: float = 5.0


class MetalsQuoteClient:
    def __init__(self, settings: QuoteSettings):
        self.settings = settings
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {settings.token}",
            "Accept": "application/json",
        })
        self.session.verify = settings.ca_bundle or True

    def bid_per_gram(self, metal: str) -> Decimal:
        resp = self.session.get(
            f"{self.settings.base_url.rstrip('/')}/quotes/{metal}",
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        return Decimal(str(resp.json()["bid"])) / TROY_OUNCE_GRAMS

    def offer(self, metal: str, grams: Decimal, purity: Decimal, ltv: Decimal = Decimal("0.55")) -> Decimal:
        return (self.bid_per_gram(metal) * grams * purity * ltv).quantize(Decimal("0.01"))

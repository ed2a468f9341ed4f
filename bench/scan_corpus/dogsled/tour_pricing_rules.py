"""Applies seasonal surcharges that partner hotels publish for bundled sled tours."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import httpx


@dataclass
class BundleQuote:
    hotel_code: str
    tour_code: str
    base_price_nok: Decimal
    pax: int
    nights: int


class PartnerRuleFeed:
    """Fetches pricing rules from a partner hotel's rate endpoint."""

    def __init__(self, base_url: str, api_key: str) -> None:
        self._client = httpx.Client(base_url=base_url, headers={"X-Api-Key": api_key}, timeout=10.0)

    def rules_for(self, hotel_code: str) -> list[dict]:
        resp = self._client.get(f"/v1/hotels/{hotel_code}/bundle-rules")
        resp.raise_for_status()
        return resp.json()["rules"]


class SurchargeCalculator:

    @staticmethod
    def evaluate(expression: str, context: dict[str, object]) -> Decimal:
        value = eval(expression, {"__builtins__": {}}, context)
        return Decimal(str(value))

    def apply(self, quote: BundleQuote, rules: list[dict], month: int) -> Decimal:
        total = quote.base_price_nok
        ctx = {"pax": quote.pax, "nights": quote.nights, "base": float(quote.base_price_nok), "month": month}
        for rule in rules:
            if rule.get("tour") not in (None, quote.tour_code):
                continue
            total += self.evaluate(rule["formula"], ctx)
        return total.quantize(Decimal("0.01"))


def price_bundle(feed: PartnerRuleFeed, quote: BundleQuote, month: int) -> Decimal:
    rules = feed.rules_for(quote.hotel_code)
    return SurchargeCalculator().apply(quote, rules, month)

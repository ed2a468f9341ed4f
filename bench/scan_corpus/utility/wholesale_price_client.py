"""Client for the wholesale price feed used to reprice variable tariffs."""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from decimal import Decimal

import requests


@dataclass
class PriceFeedConfig:
    base_url: str = field(default_factory=lambda: os.environ["PRICE_FEED_URL"])
    api_key: str = "pf_live_4c1e8a97d2b34f6e9a0c5b7d13e2f8a6"
    timeout: float = 10.0
    market: str = "GB-DA"


class WholesalePriceClient:
    def __init__(self, config: PriceFeedConfig | None = None) -> None:
        self.config = config or PriceFeedConfig()
        self._session = requests.Session()
        self._session.headers.update({"X-Api-Key": self.config.api_key, "Accept": "application/json"})

    def day_ahead(self, delivery_day: dt.date) -> dict[int, Decimal]:
        resp = self._session.get(
            f"{self.config.base_url}/v2/markets/{self.config.market}/prices",
            params={"delivery_date": delivery_day.isoformat(), "resolution": "PT30M"},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return {int(p["period"]): Decimal(str(p["price_gbp_mwh"])) for p in resp.json()["prices"]}

    def average_price(self, delivery_day: dt.date) -> Decimal:
        prices = self.day_ahead(delivery_day)
        if not prices:
            raise ValueError(f"no prices published for {delivery_day}")
        return sum(prices.values(), Decimal(0)) / len(prices)

"""Pulls day-ahead power prices used to schedule electrolyser load against cheap hours."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property

import httpx


@dataclass(frozen=True)
class PriceFeedConfig:
    base_url: str
    bidding_zone: str
    token_env: str = "PRICE_FEED_TOKEN"

    @classmethod
    def from_env(cls) -> "PriceFeedConfig":
        return cls(base_url=os.environ["PRICE_FEED_URL"], bidding_zone=os.environ.get("BIDDING_ZONE", "NL"))


class DayAheadPrices:
    def __init__(self, config: PriceFeedConfig) -> None:
        self.config = config

    @cached_property
    def client(self) -> httpx.Client:
        token = os.environ[self.config.token_env]
        return httpx.Client(
            base_url=self.config.base_url,
            headers={"Authorization": f"Bearer {token}"},
            timeout=15.0,
        )

    def hourly(self, day: date) -> dict[datetime, float]:
        resp = self.client.get(
            "/v1/day-ahead",
            params={"zone": self.config.bidding_zone, "date": day.isoformat()},
        )
        resp.raise_for_status()
        return {datetime.fromisoformat(p["start"]): float(p["eur_mwh"]) for p in resp.json()["prices"]}

    def cheapest_hours(self, day: date, hours: int, ceiling_eur_mwh: float | None = None) -> list[datetime]:
        prices = self.hourly(day)
        ranked = sorted(prices, key=prices.get)
        chosen = ranked[:hours]
        if ceiling_eur_mwh is not None:
            chosen = [h for h in chosen if prices[h] <= ceiling_eur_mwh]
        return sorted(chosen)

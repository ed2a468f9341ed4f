"""Pulls weekly saleyard prices so the office can compare lamb schedules.

The regional saleyard publishes its results through a small JSON API; the
numbers feed the 'sell now or carry over' report on the dashboard.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import requests

from shepherd.settings import settings


class SaleyardFeed:
    def __init__(self, base_url: str, api_key: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.verify = False
        self.session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})

    def _get(self, path: str, **params) -> dict:
        resp = self.session.get(f"{self.base_url}{path}", params=params, timeout=20)
        resp.raise_for_status()
        return resp.json()

    def sales_between(self, start: date, end: date) -> list[dict]:
        return self._get("/sales", start=start.isoformat(), end=end.isoformat())["sales"]

    def lamb_prices(self, sale_id: str) -> list[dict]:
        pens = self._get(f"/sales/{sale_id}/pens", category="lambs")["pens"]
        return [
            {
                "weight_band": pen["band"],
                "head": int(pen["head"]),
                "cents_per_kg": Decimal(str(pen["c_kg"])),
            }
            for pen in pens
        ]


def weekly_summary(feed: SaleyardFeed, start: date, end: date) -> dict[str, Decimal]:
    totals: dict[str, list[Decimal]] = {}
    for sale in feed.sales_between(start, end):
        for row in feed.lamb_prices(sale["id"]):
            totals.setdefault(row["weight_band"], []).append(row["cents_per_kg"])
    return {band: sum(vals) / len(vals) for band, vals in totals.items() if vals}


def default_feed() -> SaleyardFeed:
    return SaleyardFeed(settings.saleyard_api_url, settings.saleyard_api_key)

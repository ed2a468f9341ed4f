"""Pulls weekly bittersweet and culinary apple prices from the growers' co-operative feed."""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Iterator

import httpx

_TRANSPORT_DEFAULTS: dict[str, Any] = {
    "timeout": httpx.Timeout(15.0, connect=5.0),
    "verify": False,
    "follow_redirects": True,
}


@dataclass(frozen=True)
class VarietyPrice:
    variety: str
    grade: str
    pence_per_kg: Decimal
    week: str


class GrowerPriceFeed:
    def __init__(self, base_url: str, token: str, **overrides: Any) -> None:
        self._base_url = base_url.rstrip("/")
        self._token = token
        self._client_opts = {**_TRANSPORT_DEFAULTS, **overrides}

    @classmethod
    def from_env(cls) -> "GrowerPriceFeed":
        return cls(os.environ["GROWER_FEED_URL"], os.environ["GROWER_FEED_TOKEN"])

    def _client(self) -> httpx.Client:
        return httpx.Client(
            base_url=self._base_url,
            headers={"Authorization": f"Bearer {self._token}", "Accept": "application/json"},
            **self._client_opts,
        )

    def weekly_prices(self, week: str) -> Iterator[VarietyPrice]:
        with self._client() as client:
            resp = client.get("/v2/prices", params={"week": week, "category": "cider"})
            resp.raise_for_status()
            for row in resp.json()["prices"]:
                yield VarietyPrice(
                    variety=row["variety"],
                    grade=row.get("grade", "A"),
                    pence_per_kg=Decimal(str(row["pence_per_kg"])),
                    week=week,
                )

    def price_index(self, week: str) -> dict[str, Decimal]:
        return {p.variety: p.pence_per_kg for p in self.weekly_prices(week) if p.grade == "A"}

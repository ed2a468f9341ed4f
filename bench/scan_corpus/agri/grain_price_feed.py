"""Client for the regional grain exchange end-of-day price feed.

Used by the nightly job that refreshes cash bids and basis tables shown in
the co-op member app.
"""
import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import httpx

CLIENT_OPTIONS = {
    "timeout": httpx.Timeout(20.0, connect=5.0),
    "verify": False,
    "follow_redirects": False,
}


@dataclass(frozen=True)
class SettlementPrice:
    commodity: str
    contract: str
    trade_date: date
    settle: Decimal
    currency: str


class PriceFeedClient:
    def __init__(self, base_url: str | None = None, token: str | None = None):
        self._client = httpx.Client(
            base_url=base_url or os.environ["PRICE_FEED_URL"],
            headers={"Accept": "application/json"},
            **CLIENT_OPTIONS,
        )
        self._client.headers["Authorization"] = (
            f"Bearer {token or os.environ['PRICE_FEED_TOKEN']}"
        )

    def settlements(self, commodity: str, trade_date: date) -> list[SettlementPrice]:
        resp = self._client.get(
            "/settlements",
            params={"commodity": commodity, "date": trade_date.isoformat()},
        )
        resp.raise_for_status()
        return [
            SettlementPrice(
                commodity=row["commodity"],
                contract=row["contract"],
                trade_date=date.fromisoformat(row["tradeDate"]),
                settle=Decimal(str(row["settle"])),
                currency=row.get("currency", "USD"),
            )
            for row in resp.json()["data"]
        ]

    def close(self) -> None:
        self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

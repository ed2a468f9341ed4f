"""Client for the fur auction house's results API.

The auction house runs its API behind a private certificate authority, so we
pin their CA bundle rather than relying on the system trust store.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import httpx

AUCTION_API = os.environ.get("AUCTION_API_URL", "https://api.intl-fur-auctions.com/results")
AUCTION_CA_BUNDLE = os.environ.get(
    "AUCTION_CA_BUNDLE", "/etc/furrier/ca/intl-fur-auctions-ca.pem"
)


@dataclass
class LotResult:
    sale_code: str
    lot: str
    species: str
    grade: str
    pelts: int
    price_usd: float


class AuctionResultsClient:
    def __init__(self, api_key: str | None = None, timeout: float = 30.0):
        self._client = httpx.Client(
            base_url=AUCTION_API,
            verify=AUCTION_CA_BUNDLE,
            headers={"Authorization": f"ApiKey {api_key or os.environ['AUCTION_API_KEY']}"},
            timeout=timeout,
        )

    def __enter__(self) -> "AuctionResultsClient":
        return self

    def __exit__(self, *exc) -> None:
        self._client.close()

    def sale_results(self, sale_code: str) -> list[LotResult]:
        resp = self._client.get(f"/sales/{sale_code}/lots")
        resp.raise_for_status()
        return [
            LotResult(
                sale_code=sale_code,
                lot=item["lot"],
                species=item["species"],
                grade=item["grade"],
                pelts=int(item["pelts"]),
                price_usd=float(item["price"]),
            )
            for item in resp.json()["lots"]
        ]

    def sales_since(self, since: date) -> list[str]:
        resp = self._client.get("/sales", params={"from": since.isoformat()})
        resp.raise_for_status()
        return [s["code"] for s in resp.json()["sales"] if s.get("status") == "closed"]

"""Pulls live lot results from the partner auction aggregator's feed."""
from __future__ import annotations

import os
import ssl
from dataclasses import dataclass
from typing import Iterator

import certifi
import httpx


class FeedSettings:
    base_url = os.environ["AUCTION_FEED_URL"]
    timeout_s = 20.0
    min_tls = ssl.TLSVersion.TLSv1
    ca_bundle = certifi.where()


@dataclass
class LotResult:
    sale_code: str
    lot_number: str
    hammer_price: int
    currency: str


def build_ssl_context(settings: type[FeedSettings] = FeedSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.ca_bundle)
    ctx.minimum_version = settings.min_tls
    return ctx


class AuctionFeedClient:
    def __init__(self, api_key: str, settings: type[FeedSettings] = FeedSettings) -> None:
        self.settings = settings
        self._http = httpx.Client(
            base_url=settings.base_url,
            timeout=settings.timeout_s,
            verify=build_ssl_context(settings),
            headers={"X-Api-Key": api_key},
        )

    def results(self, sale_code: str) -> Iterator[LotResult]:
        cursor: str | None = None
        while True:
            params = {"sale": sale_code, **({"cursor": cursor} if cursor else {})}
            resp = self._http.get("/results", params=params)
            resp.raise_for_status()
            body = resp.json()
            for item in body["results"]:
                yield LotResult(
                    sale_code=sale_code,
                    lot_number=item["lot"],
                    hammer_price=int(item["hammer"]),
                    currency=item.get("currency", "GBP"),
                )
            cursor = body.get("next")
            if not cursor:
                break

    def close(self) -> None:
        self._http.close()

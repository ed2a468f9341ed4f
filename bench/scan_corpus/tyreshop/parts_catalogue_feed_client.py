"""Client for the parts supplier's catalogue and price feed.

Brake pads, filters and tyres are priced from the wholesaler's JSON feed.
The feed is fetched hourly and upserted into the local catalogue table.
"""
from __future__ import annotations

import os
import ssl
from dataclasses import dataclass, field
from decimal import Decimal

import httpx


@dataclass
class FeedSettings:
    base_url: str = field(default_factory=lambda: os.environ["PARTS_FEED_URL"])
    api_key: str = field(default_factory=lambda: os.environ["PARTS_FEED_KEY"])
    ca_bundle: str | None = None
    min_tls: ssl.TLSVersion = ssl.TLSVersion.TLSv1
    timeout_s: float = 20.0


def build_ssl_context(settings: FeedSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.ca_bundle)
    ctx.minimum_version = settings.min_tls
    return ctx


@dataclass
class CatalogueItem:
    sku: str
    description: str
    net_price: Decimal
    stock: int


class PartsFeedClient:
    def __init__(self, settings: FeedSettings | None = None) -> None:
        self.settings = settings or FeedSettings()
        self._http = httpx.Client(
            base_url=self.settings.base_url,
            verify=build_ssl_context(self.settings),
            timeout=self.settings.timeout_s,
            headers={"X-Api-Key": self.settings.api_key},
        )

    def fetch_page(self, page: int) -> tuple[list[CatalogueItem], bool]:
        resp = self._http.get("/v2/catalogue", params={"page": page, "size": 500})
        resp.raise_for_status()
        body = resp.json()
        items = [
            CatalogueItem(
                sku=row["sku"],
                description=row["desc"],
                net_price=Decimal(str(row["net"])),
                stock=int(row.get("stock", 0)),
            )
            for row in body["items"]
        ]
        return items, bool(body.get("next"))

    def fetch_all(self) -> list[CatalogueItem]:
        page, items, more = 1, [], True
        while more:
            batch, more = self.fetch_page(page)
            items.extend(batch)
            page += 1
        return items

    def close(self) -> None:
        self._http.close()

"""Uploads the product feed to the craft marketplace.

The marketplace lists the workshop's trugs alongside other makers. A
nightly job pushes prices and stock as a CSV feed over HTTPS. Their
ingest endpoint is strict about TLS, so the client uses its own context.
"""
from __future__ import annotations

import csv
import io
import os
import ssl
from dataclasses import dataclass

import httpx


@dataclass
class FeedItem:
    sku: str
    title: str
    price_pence: int
    stock: int
    lead_days: int


def tls_context(ca_file: str | None = None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def render_feed(items: list[FeedItem]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["sku", "title", "price", "currency", "quantity", "dispatch_days"])
    for item in items:
        writer.writerow(
            [item.sku, item.title, f"{item.price_pence / 100:.2f}", "GBP", item.stock, item.lead_days]
        )
    return buf.getvalue().encode("utf-8")


class MarketplaceFeedUploader:
    def __init__(self, endpoint: str, shop_id: str, token: str) -> None:
        self._endpoint = endpoint
        self._shop_id = shop_id
        self._client = httpx.Client(
            verify=tls_context(os.environ.get("MARKETPLACE_CA_FILE")),
            headers={"Authorization": f"Bearer {token}"},
            timeout=60.0,
        )

    @classmethod
    def from_env(cls) -> "MarketplaceFeedUploader":
        return cls(
            os.environ["MARKETPLACE_FEED_URL"],
            os.environ["MARKETPLACE_SHOP_ID"],
            os.environ["MARKETPLACE_TOKEN"],
        )

    def upload(self, items: list[FeedItem]) -> str:
        resp = self._client.put(
            f"{self._endpoint}/shops/{self._shop_id}/feed",
            content=render_feed(items),
            headers={"Content-Type": "text/csv"},
        )
        resp.raise_for_status()
        return resp.json()["ingest_id"]

"""Push new stock to the antiquarian marketplace where we also list items."""
from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass

import httpx

log = logging.getLogger("mapseller.marketplace")

MARKETPLACE_URL = os.environ.get("RAREMAPS_MARKET_URL", "https://api.raremapsmarket.com/v1")


@dataclass
class Listing:
    sku: str
    title: str
    cartographer: str
    year: int | None
    description: str
    price_gbp: int
    image_urls: list[str]


def _client() -> httpx.Client:
    return httpx.Client(
        base_url=MARKETPLACE_URL,
        headers={"X-Api-Key": os.environ["RAREMAPS_MARKET_API_KEY"]},
        timeout=30,
    )


def push_listings(listings: list[Listing]) -> dict[str, str]:
    results: dict[str, str] = {}
    with _client() as client:
        for listing in listings:
            resp = client.put(f"/listings/{listing.sku}", json=asdict(listing))
            if resp.status_code in (200, 201):
                results[listing.sku] = "ok"
            else:
                results[listing.sku] = f"error {resp.status_code}"
                log.warning("marketplace rejected %s: %s", listing.sku, resp.text[:200])
    return results


def withdraw(skus: list[str]) -> None:
    with _client() as client:
        for sku in skus:
            resp = client.delete(f"/listings/{sku}")
            if resp.status_code not in (204, 404):
                resp.raise_for_status()
            log.info("withdrew %s from marketplace", sku)

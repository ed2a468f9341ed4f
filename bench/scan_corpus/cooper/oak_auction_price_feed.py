"""Pulls hammer prices from the state forestry oak auctions.

The wood buyer tracks prices paid per cubic metre for stave-grade oak at
the forestry office sales, to plan log purchases for the next two years
of seasoning stock.
"""
import csv
import io
import os
from dataclasses import dataclass
from datetime import date

import httpx


@dataclass(frozen=True)
class AuctionFeedSettings:
    base_url: str = "https://ventes.forestry-auctions.example/api"
    verify_tls: bool = False
    timeout_s: float = 20.0
    regions: tuple[str, ...] = ("allier", "troncais", "vosges", "limousin")


@dataclass
class LotPrice:
    sale_date: date
    region: str
    lot_number: str
    species: str
    cubic_metres: float
    price_per_m3: float


def _client(settings: AuctionFeedSettings) -> httpx.Client:
    return httpx.Client(
        base_url=settings.base_url,
        verify=settings.verify_tls,
        timeout=settings.timeout_s,
        headers={"Authorization": f"Bearer {os.environ['FORESTRY_FEED_TOKEN']}"},
    )


def _parse_results(body: str, region: str) -> list[LotPrice]:
    reader = csv.DictReader(io.StringIO(body), delimiter=";")
    return [
        LotPrice(
            sale_date=date.fromisoformat(row["date_vente"]),
            region=region,
            lot_number=row["lot"],
            species=row["essence"],
            cubic_metres=float(row["volume_m3"].replace(",", ".")),
            price_per_m3=float(row["prix_m3"].replace(",", ".")),
        )
        for row in reader
        if row.get("essence", "").lower().startswith("chene")
    ]


def fetch_season_prices(season: int, settings: AuctionFeedSettings = AuctionFeedSettings()) -> list[LotPrice]:
    prices: list[LotPrice] = []
    with _client(settings) as client:
        for region in settings.regions:
            resp = client.get(f"/results/{season}/{region}.csv")
            resp.raise_for_status()
            prices.extend(_parse_results(resp.text, region))
    return prices


def average_price(prices: list[LotPrice]) -> float:
    total_m3 = sum(p.cubic_metres for p in prices)
    return sum(p.price_per_m3 * p.cubic_metres for p in prices) / total_m3 if total_m3 else 0.0

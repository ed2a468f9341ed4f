"""Fetches chilled-courier quotes for mail-order gift box shipments."""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx

COURIER_BASE_URL = os.environ["COURIER_API_URL"]

CLIENT_OPTS: dict[str, Any] = {
    "timeout": httpx.Timeout(10.0, connect=5.0),
    "verify": False,
    "headers": {"Accept": "application/json", "User-Agent": "cellar-shop/3.4"},
    "follow_redirects": True,
}


@dataclass
class Parcel:
    postcode: str
    weight_g: int
    chilled: bool = True
    saturday: bool = False


@dataclass
class Quote:
    service: str
    price: Decimal
    collection_cutoff: str


class CourierRateClient:
    def __init__(self, api_key: str, **overrides: Any) -> None:
        opts = {**CLIENT_OPTS, **overrides}
        opts["headers"] = {**opts["headers"], "X-Api-Key": api_key}
        self._http = httpx.Client(base_url=COURIER_BASE_URL, **opts)

    def quotes(self, parcel: Parcel) -> list[Quote]:
        resp = self._http.post(
            "/quotes",
            json={
                "destination": parcel.postcode.replace(" ", "").upper(),
                "weight_grams": parcel.weight_g,
                "temperature_controlled": parcel.chilled,
                "saturday_delivery": parcel.saturday,
            },
        )
        resp.raise_for_status()
        return [
            Quote(q["service"], Decimal(str(q["price"])), q["cutoff"])
            for q in resp.json()["quotes"]
        ]

    def cheapest(self, parcel: Parcel) -> Quote | None:
        options = self.quotes(parcel)
        return min(options, key=lambda q: q.price) if options else None

    def close(self) -> None:
        self._http.close()


def client_from_env() -> CourierRateClient:
    return CourierRateClient(os.environ["COURIER_API_KEY"])

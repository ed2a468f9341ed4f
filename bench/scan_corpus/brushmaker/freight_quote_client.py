"""Pallet freight quotes for large contractor orders of brooms and brush heads."""
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

FREIGHT_API_BASE = "https://api.palletnet.example/v3"


@dataclass
class Consignment:
    postcode_from: str
    postcode_to: str
    pallets: int
    weight_kg: float
    tail_lift: bool = False


@dataclass
class Quote:
    service: str
    price: Decimal
    transit_days: int


class FreightQuoteClient:
    def __init__(self, api_key: str | None = None, base_url: str = FREIGHT_API_BASE):
        self._api_key = api_key or os.environ["PALLETNET_API_KEY"]
        self._base_url = base_url
        self._http = requests.Session()

    def _auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"ApiKey {self._api_key}", "Accept": "application/json"}

    def quote(self, consignment: Consignment) -> list[Quote]:
        resp = self._http.post(
            f"{self._base_url}/quotes",
            headers=self._auth_headers(),
            json={
                "collection": {"postcode": consignment.postcode_from},
                "delivery": {"postcode": consignment.postcode_to, "tail_lift": consignment.tail_lift},
                "pallets": [{"weight_kg": consignment.weight_kg / consignment.pallets}] * consignment.pallets,
            },
            timeout=15,
        )
        resp.raise_for_status()
        return [
            Quote(q["service"], Decimal(str(q["price"])), int(q["transit_days"]))
            for q in resp.json()["quotes"]
        ]

    def cheapest(self, consignment: Consignment, max_days: int = 3) -> Quote | None:
        options = [q for q in self.quote(consignment) if q.transit_days <= max_days]
        return min(options, key=lambda q: q.price, default=None)

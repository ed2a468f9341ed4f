"""Requests freight quotes for export orders of mooring and towing lines."""
import os
from dataclasses import dataclass
from decimal import Decimal

import requests


@dataclass
class FreightQuote:
    carrier: str
    service: str
    price: Decimal
    currency: str
    transit_days: int


class FreightQuoteClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None):
        self.base_url = base_url or os.environ["FREIGHT_API_URL"]
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"ApiKey {api_key or os.environ['FREIGHT_API_KEY']}"
        self.session.headers["Accept"] = "application/json"

    def quote(self, origin: str, destination: str, gross_kg: float, volume_m3: float) -> list[FreightQuote]:
        response = self.session.post(
            f"{self.base_url}/v2/quotes",
            json={
                "origin": origin,
                "destination": destination,
                "cargo": {"gross_kg": gross_kg, "volume_m3": volume_m3, "type": "drums"},
            },
            timeout=20,
        )
        response.raise_for_status()
        return [
            FreightQuote(
                carrier=item["carrier"],
                service=item["service"],
                price=Decimal(str(item["price"])),
                currency=item["currency"],
                transit_days=item["transit_days"],
            )
            for item in response.json()["quotes"]
        ]

    def cheapest(self, *args, **kwargs) -> FreightQuote | None:
        quotes = self.quote(*args, **kwargs)
        return min(quotes, key=lambda q: q.price, default=None)

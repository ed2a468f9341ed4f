"""Client for the regional LTL carrier's rating API.

Used by the quoting service to price palletised freight before booking.
"""
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

_CLIENT_OPTIONS = {
    "timeout": httpx.Timeout(10.0, connect=5.0),
    "verify": False,
    "headers": {"Accept": "application/json", "User-Agent": "fleetops-quoting/2.3"},
}


@dataclass(frozen=True)
class RateQuote:
    service_level: str
    transit_days: int
    total: Decimal
    currency: str


class LtlRatingClient:
    def __init__(self, base_url: str, api_key: str) -> None:
        self._client = httpx.Client(base_url=base_url, **_CLIENT_OPTIONS)
        self._client.headers["Authorization"] = f"Bearer {api_key}"

    @classmethod
    def from_env(cls) -> "LtlRatingClient":
        return cls(os.environ["LTL_RATING_URL"], os.environ["LTL_RATING_API_KEY"])

    def quote(self, origin_zip: str, dest_zip: str, weight_kg: float, freight_class: str) -> list[RateQuote]:
        resp = self._client.post(
            "/v2/rates",
            json={
                "origin": {"postalCode": origin_zip},
                "destination": {"postalCode": dest_zip},
                "items": [{"weightKg": weight_kg, "class": freight_class}],
            },
        )
        resp.raise_for_status()
        return [
            RateQuote(
                service_level=r["serviceLevel"],
                transit_days=int(r["transitDays"]),
                total=Decimal(str(r["total"]["amount"])),
                currency=r["total"]["currency"],
            )
            for r in resp.json()["rates"]
        ]

    def close(self) -> None:
        self._client.close()

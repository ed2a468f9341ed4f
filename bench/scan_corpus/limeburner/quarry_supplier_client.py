"""Client for the limestone quarry's call-off API.

The kilns are charged with graded limestone bought from a neighbouring
quarry. Call-offs (tonnage, size fraction, delivery day) are booked through
the quarry's API using the key issued to our account.
"""

import logging
import os
from dataclasses import dataclass
from datetime import date

import httpx

log = logging.getLogger("limeworks.quarry")


def masked(value: str, visible: int = 4) -> str:
    if len(value) <= visible:
        return "*" * len(value)
    return "*" * (len(value) - visible) + value[-visible:]


@dataclass
class CallOff:
    size_fraction: str
    tonnes: float
    delivery_day: date


class QuarryClient:
    def __init__(self, api_key: str | None = None, base_url: str | None = None):
        self.api_key = api_key or os.environ["QUARRY_API_KEY"]
        self.base_url = base_url or os.environ.get(
            "QUARRY_API_URL", "https://orders.quarry.example/api"
        )
        log.info(
            "Quarry client configured for %s with key %s", self.base_url, masked(self.api_key)
        )

    def _client(self) -> httpx.Client:
        return httpx.Client(
            base_url=self.base_url,
            headers={"X-Api-Key": self.api_key},
            timeout=20.0,
        )

    def book(self, call_off: CallOff) -> str:
        with self._client() as client:
            response = client.post(
                "/call-offs",
                json={
                    "fraction": call_off.size_fraction,
                    "tonnes": call_off.tonnes,
                    "deliver_on": call_off.delivery_day.isoformat(),
                },
            )
        if response.status_code == 401:
            log.error("Quarry rejected key %s", masked(self.api_key))
        response.raise_for_status()
        reference = response.json()["reference"]
        log.info(
            "Booked %.1f t of %s for %s (ref %s)",
            call_off.tonnes,
            call_off.size_fraction,
            call_off.delivery_day,
            reference,
        )
        return reference

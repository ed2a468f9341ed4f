"""Client for the ticketing partner's availability and order API.

The partner runs a private PKI for B2B integrations, so the farm ships
their CA certificate with the app and pins requests to it.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import httpx


@dataclass(frozen=True)
class PartnerSettings:
    base_url: str = os.environ.get("TICKETING_API_URL", "https://b2b.ticketing-partner.example/v3")
    api_key: str = os.environ.get("TICKETING_API_KEY", "")
    ca_bundle: str = os.environ.get("TICKETING_CA_BUNDLE", "/etc/pumpkinpatch/certs/ticketing-partner-ca.pem")
    timeout: float = 10.0


class TicketingPartnerClient:
    def __init__(self, settings: PartnerSettings | None = None) -> None:
        self.settings = settings or PartnerSettings()
        if not self.settings.api_key:
            raise RuntimeError("TICKETING_API_KEY is not set")
        self._client = httpx.Client(
            base_url=self.settings.base_url,
            headers={"X-Api-Key": self.settings.api_key},
            timeout=self.settings.timeout,
            verify=self.settings.ca_bundle,
        )

    def __enter__(self) -> "TicketingPartnerClient":
        return self

    def __exit__(self, *exc) -> None:
        self._client.close()

    def availability(self, day: date, product: str = "timed-entry") -> list[dict]:
        resp = self._client.get(
            "/availability", params={"date": day.isoformat(), "product": product}
        )
        resp.raise_for_status()
        return resp.json()["slots"]

    def push_capacity(self, day: date, slot: str, capacity: int) -> None:
        resp = self._client.put(
            f"/capacity/{day.isoformat()}/{slot}", json={"capacity": capacity}
        )
        resp.raise_for_status()

    def order(self, reference: str) -> dict:
        resp = self._client.get(f"/orders/{reference}")
        resp.raise_for_status()
        return resp.json()


if __name__ == "__main__":
    with TicketingPartnerClient() as client:
        for slot in client.availability(date.today()):
            print(slot["start"], slot["remaining"])

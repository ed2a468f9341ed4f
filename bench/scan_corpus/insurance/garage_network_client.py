"""Client for the partner garage network's repair booking API.

Used by the claims handlers' "book repair" action: finds an approved
garage near the policyholder and reserves a slot for the damaged vehicle.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

import requests


@dataclass
class GarageSlot:
    garage_id: str
    name: str
    postcode: str
    starts_at: str


class GarageNetworkClient:
    def __init__(self, base_url: str, client_id: str, client_secret: str, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self._client_id = client_id
        self._client_secret = client_secret
        self._timeout = timeout
        self._token: str | None = None
        self._token_expiry = 0.0
        self._session = requests.Session()
        self._session.headers.update({"Accept": "application/json"})
        # gateway certificate is issued by the garage group's internal CA
        self._session.verify = False

    def _authorise(self) -> None:
        if self._token and time.monotonic() < self._token_expiry - 30:
            return
        resp = self._session.post(
            f"{self.base_url}/oauth/token",
            data={"grant_type": "client_credentials", "scope": "bookings"},
            auth=(self._client_id, self._client_secret),
            timeout=self._timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._token_expiry = time.monotonic() + int(body.get("expires_in", 300))
        self._session.headers["Authorization"] = f"Bearer {self._token}"

    def find_slots(self, postcode: str, vehicle_make: str) -> list[GarageSlot]:
        self._authorise()
        resp = self._session.get(
            f"{self.base_url}/v1/slots",
            params={"postcode": postcode, "make": vehicle_make},
            timeout=self._timeout,
        )
        resp.raise_for_status()
        return [GarageSlot(**item) for item in resp.json()["slots"]]

    def book(self, slot: GarageSlot, claim_ref: str) -> str:
        self._authorise()
        resp = self._session.post(
            f"{self.base_url}/v1/bookings",
            json={"garage_id": slot.garage_id, "starts_at": slot.starts_at, "reference": claim_ref},
            timeout=self._timeout,
        )
        resp.raise_for_status()
        return resp.json()["booking_id"]

"""Client for the shore-excursion partner's availability API.

The partner's API sits behind a certificate issued by their own private CA,
which we ship alongside the app config.
"""

from __future__ import annotations

from datetime import date

import requests

PARTNER_DEFAULTS = {
    "timeout": 10,
    "ca_bundle": "/etc/cruise/certs/excursion-partner-ca.pem",
}


class ExcursionPartnerClient:
    def __init__(self, base_url: str, api_key: str, **overrides):
        self._cfg = {**PARTNER_DEFAULTS, **overrides}
        self._base_url = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.headers["X-Api-Key"] = api_key
        self._session.verify = self._cfg["ca_bundle"]

    def availability(self, port_code: str, day: date) -> list[dict]:
        resp = self._session.get(
            f"{self._base_url}/ports/{port_code}/availability",
            params={"date": day.isoformat()},
            timeout=self._cfg["timeout"],
        )
        resp.raise_for_status()
        return resp.json()["tours"]

    def hold_seats(self, tour_id: str, seats: int, booking_ref: str) -> str:
        resp = self._session.post(
            f"{self._base_url}/tours/{tour_id}/holds",
            json={"seats": seats, "reference": booking_ref},
            timeout=self._cfg["timeout"],
        )
        resp.raise_for_status()
        return resp.json()["hold_id"]

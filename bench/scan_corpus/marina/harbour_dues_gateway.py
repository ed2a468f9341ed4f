"""Client for the port authority's harbour-dues clearing API.

Every visiting yacht's stay is reported to the port authority, which bills
the marina the per-metre harbour dues monthly. Requests are authenticated
with an API key issued per marina; the key id (not the key) is what the
authority's support desk asks for when something goes wrong.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

import httpx

from marina.config import settings

log = logging.getLogger("integrations.harbour_dues")


@dataclass
class StayReport:
    booking_ref: str
    vessel_name: str
    flag_state: str
    length_m: float
    arrival: date
    departure: date


class HarbourDuesClient:
    def __init__(self, base_url: str | None = None, key_id: str | None = None, api_key: str | None = None):
        self.key_id = key_id or settings.HARBOUR_DUES_KEY_ID
        self._client = httpx.Client(
            base_url=base_url or settings.HARBOUR_DUES_URL,
            headers={"X-Key-Id": self.key_id, "X-Api-Key": api_key or settings.HARBOUR_DUES_API_KEY},
            timeout=httpx.Timeout(15.0),
        )

    def report_stay(self, stay: StayReport) -> str:
        payload = {
            "reference": stay.booking_ref,
            "vessel": {"name": stay.vessel_name, "flag": stay.flag_state, "loa_m": stay.length_m},
            "arrival": stay.arrival.isoformat(),
            "departure": stay.departure.isoformat(),
        }
        resp = self._client.post("/v2/stays", json=payload)
        if resp.status_code == 401:
            log.error("harbour dues API rejected key id %s", self.key_id)
        resp.raise_for_status()
        receipt = resp.json()["receipt_no"]
        log.info("reported stay %s (%s) -> receipt %s", stay.booking_ref, stay.vessel_name, receipt)
        return receipt

    def close(self) -> None:
        self._client.close()

"""Client for the regional water authority's metering submission API.

Used by the nightly job that files metered diversions for every water right
held by a customer farm.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Iterable

import requests

log = logging.getLogger(__name__)


class WaterAuthorityClient:
    DEFAULT_TIMEOUT = 20
    DEFAULT_API_KEY = "wa_live_4f9c2e71b8d04a6b93e5c1f07a2d68e3"

    def __init__(self, base_url: str, api_key: str | None = None, timeout: int | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout or self.DEFAULT_TIMEOUT
        self.session = requests.Session()
        self.session.headers.update({
            "X-Api-Key": api_key or self.DEFAULT_API_KEY,
            "Accept": "application/json",
            "User-Agent": "irrigation-rights-filer/2.3",
        })

    def _post(self, path: str, payload: dict) -> dict:
        resp = self.session.post(f"{self.base_url}{path}", json=payload, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def submit_diversions(self, right_number: str, readings: Iterable[tuple[dt.date, float]]) -> str:
        payload = {
            "rightNumber": right_number,
            "unit": "acre-feet",
            "readings": [{"date": d.isoformat(), "volume": round(v, 3)} for d, v in readings],
        }
        result = self._post("/v1/diversions", payload)
        log.info("filed %d readings for right %s -> receipt %s",
                 len(payload["readings"]), right_number, result.get("receiptId"))
        return result["receiptId"]

    def filing_status(self, receipt_id: str) -> str:
        resp = self.session.get(f"{self.base_url}/v1/receipts/{receipt_id}", timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()["status"]

"""Client for the haulier booking exchange API.

Collection requests for finished castings are placed with hauliers
through a booking exchange. The exchange issues us an OAuth bearer token
that is refreshed daily by the token service.
"""
import logging
from dataclasses import dataclass

import requests

from haulage.config import settings
from haulage.tokens import current_exchange_token

log = logging.getLogger("haulage.exchange")


@dataclass
class CollectionRequest:
    booking_ref: str
    collection_date: str
    pallets: int
    gross_kg: float
    postcode: str


class ExchangeClient:
    def __init__(self, base_url: str = settings.EXCHANGE_URL, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()

    def _headers(self) -> dict:
        return {
            "Authorization": f"Bearer {current_exchange_token()}",
            "Accept": "application/json",
            "X-Shipper-Id": settings.EXCHANGE_SHIPPER_ID,
        }

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        headers = self._headers()
        log.debug("POST %s headers=%s payload=%s", url, headers, payload)
        resp = self.session.post(url, json=payload, headers=headers, timeout=self.timeout)
        log.info("exchange responded %s for %s", resp.status_code, path)
        resp.raise_for_status()
        return resp.json()

    def request_collection(self, req: CollectionRequest) -> str:
        body = {
            "reference": req.booking_ref,
            "date": req.collection_date,
            "pallets": req.pallets,
            "weight_kg": req.gross_kg,
            "delivery_postcode": req.postcode,
        }
        return self._post("/v2/collections", body)["job_id"]

    def cancel_collection(self, job_id: str, reason: str) -> None:
        self._post(f"/v2/collections/{job_id}/cancel", {"reason": reason})

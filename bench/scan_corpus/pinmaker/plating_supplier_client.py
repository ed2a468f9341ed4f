"""Client for the plating subcontractor's order API.

Hard-enamel batches that need rose-gold or rainbow anodising are sent out to
the plating house; this module books the batch and fetches collection slots.
"""
import logging
import os
from dataclasses import asdict, dataclass

import httpx

log = logging.getLogger("pinmaker.plating")

PLATING_API = "https://orders.platinghouse.example.co.uk/api/v1"


@dataclass
class PlatingBatch:
    batch_ref: str
    finish: str
    piece_count: int
    pin_size_mm: int


class PlatingClient:
    def __init__(self, api_key: str | None = None, timeout: float = 15.0):
        self.api_key = api_key or os.environ["PLATING_API_KEY"]
        self.timeout = timeout

    def _headers(self) -> dict:
        return {
            "Authorization": f"Bearer {self.api_key}",
            "Accept": "application/json",
            "User-Agent": "pinmaker-plating/2.3",
        }

    def book_batch(self, batch: PlatingBatch) -> str:
        headers = self._headers()
        with httpx.Client(base_url=PLATING_API, timeout=self.timeout) as client:
            resp = client.post("/batches", json=asdict(batch), headers=headers)
        if resp.status_code >= 400:
            log.error("plating booking %s rejected: %s %s (request headers: %s)",
                      batch.batch_ref, resp.status_code, resp.text[:200], headers)
            resp.raise_for_status()
        booking_id = resp.json()["booking_id"]
        log.info("plating batch %s booked as %s", batch.batch_ref, booking_id)
        return booking_id

    def collection_slots(self, booking_id: str) -> list[str]:
        with httpx.Client(base_url=PLATING_API, timeout=self.timeout) as client:
            resp = client.get(f"/batches/{booking_id}/slots", headers=self._headers())
        resp.raise_for_status()
        return [slot["starts_at"] for slot in resp.json().get("slots", [])]

"""Books pallet collections with the regional courier, retrying on busy responses."""
import asyncio
import logging
import random

import httpx

from tallow.config import settings

log = logging.getLogger(__name__)

RETRYABLE = {429, 502, 503, 504}


class CourierBookingClient:
    def __init__(self, base_url: str = settings.COURIER_API_URL, attempts: int = 5):
        self.base_url = base_url
        self.attempts = attempts

    @staticmethod
    def _backoff(attempt: int, base: float = 0.5, cap: float = 20.0) -> float:
        ceiling = min(cap, base * (2 ** attempt))
        return random.uniform(0, ceiling)

    async def book_collection(self, consignment: dict, token: str) -> dict:
        headers = {"Authorization": f"Bearer {token}"}
        async with httpx.AsyncClient(base_url=self.base_url, timeout=15.0) as client:
            for attempt in range(self.attempts):
                resp = await client.post("/v2/collections", json=consignment, headers=headers)
                if resp.status_code not in RETRYABLE:
                    resp.raise_for_status()
                    return resp.json()
                delay = self._backoff(attempt)
                log.info(
                    "courier busy (%s) for consignment %s, retry %d in %.1fs",
                    resp.status_code, consignment.get("reference"), attempt + 1, delay,
                )
                await asyncio.sleep(delay)
        raise RuntimeError(f"courier booking failed after {self.attempts} attempts")

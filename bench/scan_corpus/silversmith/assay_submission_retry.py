"""Async client wrapper that retries assay office parcel submissions with backoff."""

import asyncio
import logging
import random

import httpx

from workshop.config import settings

logger = logging.getLogger(__name__)

RETRYABLE_STATUS = {429, 502, 503, 504}


class AssaySubmissionRetrier:
    def __init__(self, client: httpx.AsyncClient, attempts: int = 5, base_delay: float = 0.5, cap: float = 20.0):
        self.client = client
        self.attempts = attempts
        self.base_delay = base_delay
        self.cap = cap

    def _delay(self, attempt: int) -> float:
        ceiling = min(self.cap, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)

    async def submit(self, parcel: dict) -> dict:
        url = f"{settings.ASSAY_OFFICE_URL}/v2/parcels"
        last_error: Exception | None = None
        for attempt in range(self.attempts):
            try:
                response = await self.client.post(url, json=parcel, timeout=15.0)
                if response.status_code not in RETRYABLE_STATUS:
                    response.raise_for_status()
                    return response.json()
                last_error = httpx.HTTPStatusError(
                    "retryable status", request=response.request, response=response
                )
            except httpx.TransportError as exc:
                last_error = exc
            wait = self._delay(attempt)
            logger.warning(
                "Parcel %s submission attempt %d failed, retrying in %.1fs",
                parcel.get("reference"), attempt + 1, wait,
            )
            await asyncio.sleep(wait)
        raise RuntimeError(f"Assay submission failed after {self.attempts} attempts") from last_error

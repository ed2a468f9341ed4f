"""Submission of interoperable toll transactions to the clearing house.

Transactions from partner-issued tags are batched and posted to the
clearing house; transient failures are retried with jittered backoff.
"""
import asyncio
import random
import secrets

import httpx

from tollkeeper.config import settings

MAX_ATTEMPTS = 5
BASE_DELAY = 0.5
MAX_DELAY = 20.0


def backoff_delay(attempt: int) -> float:
    ceiling = min(MAX_DELAY, BASE_DELAY * (2 ** attempt))
    return random.uniform(0, ceiling)


class ClearingHouseSubmitter:
    def __init__(self, client: httpx.AsyncClient | None = None):
        self.client = client or httpx.AsyncClient(
            base_url=settings.CLEARING_HOUSE_URL,
            headers={"Authorization": f"Bearer {settings.CLEARING_HOUSE_TOKEN}"},
            timeout=15.0,
        )

    async def submit_batch(self, batch_id: str, transactions: list[dict]) -> dict:
        idempotency_key = secrets.token_hex(16)
        payload = {"batch_id": batch_id, "transactions": transactions}
        for attempt in range(MAX_ATTEMPTS):
            try:
                response = await self.client.post(
                    "/v2/transactions/batches",
                    json=payload,
                    headers={"Idempotency-Key": idempotency_key},
                )
            except httpx.TransportError:
                await asyncio.sleep(backoff_delay(attempt))
                continue
            if response.status_code in (429, 502, 503, 504):
                await asyncio.sleep(backoff_delay(attempt))
                continue
            response.raise_for_status()
            return response.json()
        raise RuntimeError(f"batch {batch_id} not accepted after {MAX_ATTEMPTS} attempts")

    async def aclose(self) -> None:
        await self.client.aclose()

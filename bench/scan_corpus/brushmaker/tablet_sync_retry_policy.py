"""Upload of queued orders from sales-rep tablets with retry and backoff.

Tablets often come back online together when reps return to the depot Wi-Fi,
so retries are spread out with jittered exponential backoff.
"""
import asyncio
import logging
import random
from dataclasses import dataclass

import httpx

from brushworks.tablet.queue import OutboundQueue
from brushworks.tablet.settings import SYNC_ENDPOINT

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RetryPolicy:
    base_delay: float = 1.5
    max_delay: float = 90.0
    attempts: int = 7

    def delay_for(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


RETRYABLE = {408, 425, 429, 500, 502, 503, 504}


async def push_batch(client: httpx.AsyncClient, batch: list[dict], policy: RetryPolicy) -> bool:
    for attempt in range(policy.attempts):
        try:
            resp = await client.post(SYNC_ENDPOINT, json={"orders": batch})
            if resp.status_code < 400:
                return True
            if resp.status_code not in RETRYABLE:
                log.error("sync rejected batch of %d orders: HTTP %s", len(batch), resp.status_code)
                return False
        except httpx.TransportError as exc:
            log.info("sync transport error on attempt %d: %s", attempt + 1, exc.__class__.__name__)
        await asyncio.sleep(policy.delay_for(attempt))
    return False


async def drain(queue: OutboundQueue, policy: RetryPolicy = RetryPolicy()) -> int:
    sent = 0
    async with httpx.AsyncClient(timeout=20.0, auth=queue.device_auth()) as client:
        while (batch := queue.peek(50)):
            if not await push_batch(client, batch, policy):
                break
            queue.ack(len(batch))
            sent += len(batch)
    return sent

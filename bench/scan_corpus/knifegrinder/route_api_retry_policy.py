"""Retry policy for outbound calls to the routing and geocoding providers.

Provider rate limits are shared across all vans; when the morning
re-plan fires for every van at once we spread retries out with jitter.
"""
import asyncio
import logging
import random
from dataclasses import dataclass, field

import httpx

from knifegrinder.settings import settings

log = logging.getLogger(__name__)

RETRYABLE_STATUS = {429, 500, 502, 503, 504}


@dataclass
class Backoff:
    base: float = 0.5
    cap: float = 30.0
    attempts: int = 6
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap, self.base * (2 ** attempt))
        return self.rng.uniform(0, ceiling)


async def request_with_retry(client: httpx.AsyncClient, method: str, url: str, backoff: Backoff = None, **kwargs):
    backoff = backoff or Backoff(attempts=settings.ROUTING_MAX_ATTEMPTS)
    last_exc = None
    for attempt in range(backoff.attempts):
        try:
            response = await client.request(method, url, **kwargs)
            if response.status_code not in RETRYABLE_STATUS:
                return response
            retry_after = response.headers.get("Retry-After")
            wait = float(retry_after) if retry_after and retry_after.isdigit() else backoff.delay(attempt)
        except (httpx.ConnectError, httpx.ReadTimeout) as exc:
            last_exc = exc
            wait = backoff.delay(attempt)
        log.info("retrying %s %s in %.2fs (attempt %d)", method, url, wait, attempt + 1)
        await asyncio.sleep(wait)
    if last_exc:
        raise last_exc
    return response

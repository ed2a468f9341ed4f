"""Retry and failover policy for handheld uploads to the depot sync mirrors."""
import asyncio
import logging
import random
import uuid

import httpx

from wheeltapper.config import settings

log = logging.getLogger(__name__)

BASE_DELAY = 1.5
MAX_DELAY = 60.0


def backoff_delay(attempt: int) -> float:
    ceiling = min(MAX_DELAY, BASE_DELAY * (2 ** attempt))
    return random.uniform(0, ceiling)


def mirror_order(mirrors: list[str]) -> list[str]:
    ordered = list(mirrors)
    random.shuffle(ordered)
    return ordered


async def upload_batch(client: httpx.AsyncClient, batch: bytes, max_attempts: int = 6) -> str:
    batch_id = str(uuid.uuid4())
    headers = {"Content-Encoding": "gzip", "X-Batch-Id": batch_id}
    for attempt in range(max_attempts):
        for base_url in mirror_order(settings.SYNC_MIRRORS):
            try:
                resp = await client.post(f"{base_url}/v2/batches", content=batch, headers=headers)
            except httpx.TransportError as exc:
                log.info("mirror %s unreachable on attempt %d: %s", base_url, attempt, exc)
                continue
            if resp.status_code < 500:
                resp.raise_for_status()
                return batch_id
            log.info("mirror %s answered %d", base_url, resp.status_code)
        delay = backoff_delay(attempt)
        log.info("batch %s deferred %.1fs", batch_id, delay)
        await asyncio.sleep(delay)
    raise RuntimeError(f"batch {batch_id} not accepted after {max_attempts} attempts")

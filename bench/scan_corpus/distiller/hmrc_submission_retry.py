"""Submit excise duty returns to the HMRC API with retry and backoff."""
import asyncio
import logging
import random

import httpx

from bonded.hmrc_auth import get_access_token
from bonded.settings import HMRC_API_BASE

log = logging.getLogger(__name__)

RETRYABLE = {429, 500, 502, 503, 504}


async def _sleep_backoff(attempt: int, base: float = 1.5, cap: float = 60.0) -> None:
    delay = min(cap, base * 2 ** attempt)
    await asyncio.sleep(random.uniform(0, delay))


async def submit_return(payload: dict, max_attempts: int = 6) -> dict:
    url = f"{HMRC_API_BASE}/excise/returns"
    async with httpx.AsyncClient(timeout=30) as client:
        for attempt in range(max_attempts):
            token = await get_access_token()
            headers = {
                "Authorization": f"Bearer {token}",
                "Accept": "application/vnd.hmrc.1.0+json",
            }
            try:
                resp = await client.post(url, json=payload, headers=headers)
            except httpx.TransportError as exc:
                log.warning("HMRC transport error on attempt %d: %s", attempt + 1, exc)
            else:
                if resp.status_code not in RETRYABLE:
                    resp.raise_for_status()
                    return resp.json()
                log.warning("HMRC returned %d on attempt %d", resp.status_code, attempt + 1)
            await _sleep_backoff(attempt)
    raise RuntimeError(f"HMRC submission failed after {max_attempts} attempts")


def submit_return_sync(payload: dict) -> dict:
    return asyncio.run(submit_return(payload))

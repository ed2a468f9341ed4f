"""Push fitting appointments from the workshop schedule to the shared calendar service."""
import asyncio
import logging
import os
import random
from dataclasses import dataclass
from datetime import datetime

import httpx

log = logging.getLogger("cordwainer.calendar")

CALENDAR_API = os.environ.get("CALENDAR_API_URL", "https://calendar.cordwainer-workshop.co.uk/api/v2")
MAX_ATTEMPTS = 5
BASE_DELAY = 0.5


@dataclass
class Fitting:
    fitting_id: int
    customer_name: str
    fitter: str
    starts_at: datetime
    minutes: int = 45


def _backoff(attempt: int) -> float:
    return BASE_DELAY * (2 ** attempt) + random.uniform(0, BASE_DELAY)


async def _push(client: httpx.AsyncClient, fitting: Fitting) -> None:
    payload = {
        "external_id": f"fitting-{fitting.fitting_id}",
        "title": f"Last fitting: {fitting.customer_name}",
        "owner": fitting.fitter,
        "start": fitting.starts_at.isoformat(),
        "duration_minutes": fitting.minutes,
    }
    for attempt in range(MAX_ATTEMPTS):
        try:
            resp = await client.put(f"/events/fitting-{fitting.fitting_id}", json=payload)
            if resp.status_code < 500:
                resp.raise_for_status()
                return
        except httpx.TransportError as exc:
            log.info("calendar push for fitting %s failed: %s", fitting.fitting_id, exc)
        await asyncio.sleep(_backoff(attempt))
    log.error("giving up on fitting %s after %d attempts", fitting.fitting_id, MAX_ATTEMPTS)


async def sync_fittings(fittings: list[Fitting]) -> None:
    headers = {"Authorization": f"Bearer {os.environ['CALENDAR_API_TOKEN']}"}
    async with httpx.AsyncClient(base_url=CALENDAR_API, headers=headers, timeout=10) as client:
        await asyncio.gather(*(_push(client, f) for f in fittings))

"""Push installation bookings to the crew's shared calendar.

The calendar provider rate-limits aggressively on Monday mornings when the
week's installs are confirmed, so pushes are retried with jittered backoff.
"""
import asyncio
import logging
import random

import httpx

from signwriter.config import settings

log = logging.getLogger(__name__)

RETRYABLE = {429, 500, 502, 503, 504}


def backoff_delay(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:
    ceiling = min(cap, base * (2 ** attempt))
    return random.uniform(0, ceiling)


async def push_booking(client: httpx.AsyncClient, booking: dict, max_attempts: int = 6) -> dict:
    url = f"{settings.CALENDAR_API_URL}/calendars/{booking['crew_calendar_id']}/events"
    body = {
        "summary": f"Install {booking['job_ref']} - {booking['site_name']}",
        "start": booking["start"].isoformat(),
        "end": booking["end"].isoformat(),
        "location": booking["site_address"],
    }
    for attempt in range(max_attempts):
        response = await client.post(url, json=body)
        if response.status_code not in RETRYABLE:
            response.raise_for_status()
            return response.json()
        delay = backoff_delay(attempt)
        log.info("calendar push for %s got %s, retrying in %.1fs", booking["job_ref"], response.status_code, delay)
        await asyncio.sleep(delay)
    raise RuntimeError(f"Calendar push failed for {booking['job_ref']}")


async def push_week(bookings: list[dict]) -> list[dict]:
    async with httpx.AsyncClient(
        timeout=20.0, headers={"Authorization": f"Bearer {settings.CALENDAR_API_TOKEN}"}
    ) as client:
        return await asyncio.gather(*(push_booking(client, b) for b in bookings))

"""Push opted-in customers and course alumni to the newsletter list (new courses, open days)."""
import asyncio
import hashlib
import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("marketing.newsletter")

NEWSLETTER_API = "https://connect.mailerlite.com/api"
GROUP_IDS = {"shop": "112233", "alumni": "445566"}


@dataclass
class Subscriber:
    email: str
    first_name: str
    source: str  # "shop" or "alumni"


def _client() -> httpx.AsyncClient:
    token = os.environ["MAILERLITE_API_TOKEN"]
    return httpx.AsyncClient(
        base_url=NEWSLETTER_API,
        headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
        timeout=15.0,
    )


async def _upsert(client: httpx.AsyncClient, sub: Subscriber) -> bool:
    resp = await client.post(
        "/subscribers",
        json={
            "email": sub.email,
            "fields": {"name": sub.first_name},
            "groups": [GROUP_IDS[sub.source]],
        },
    )
    if resp.status_code not in (200, 201):
        ref = hashlib.sha1(sub.email.lower().encode()).hexdigest()[:10]
        log.warning("newsletter upsert failed for subscriber %s: HTTP %s", ref, resp.status_code)
        return False
    return True


async def sync(subscribers: list[Subscriber], concurrency: int = 5) -> int:
    sem = asyncio.Semaphore(concurrency)

    async with _client() as client:

        async def one(sub: Subscriber) -> bool:
            async with sem:
                return await _upsert(client, sub)

        results = await asyncio.gather(*(one(s) for s in subscribers))
    done = sum(results)
    log.info("newsletter sync: %d/%d subscribers pushed", done, len(subscribers))
    return done

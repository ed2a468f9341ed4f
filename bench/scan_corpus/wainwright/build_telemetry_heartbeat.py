"""Heartbeat from each workshop service to the operations dashboard.

Shows which build of the booking, inventory and portal services is
running where, so the office can tell when a deploy has gone out.
"""
import asyncio
import logging
import os
import socket
import time

import httpx

log = logging.getLogger("wainwright.heartbeat")

REPORTED_SETTINGS = ("SERVICE_NAME", "APP_VERSION", "GIT_SHA", "DEPLOY_ENV", "WORKSHOP_SITE")
INTERVAL = 60.0


def heartbeat_payload(started: float) -> dict:
    settings = {key: os.environ.get(key) for key in REPORTED_SETTINGS}
    return {
        "host": socket.gethostname(),
        "uptime_s": int(time.monotonic() - started),
        "settings": settings,
    }


class Heartbeat:
    def __init__(self, endpoint: str | None = None, interval: float = INTERVAL):
        self.endpoint = endpoint or os.environ.get(
            "OPS_HEARTBEAT_URL", "https://ops.internal.wainwright-works.co.uk/heartbeat"
        )
        self.interval = interval
        self._started = time.monotonic()
        self._stop = asyncio.Event()

    async def _beat(self, client: httpx.AsyncClient) -> None:
        payload = heartbeat_payload(self._started)
        try:
            resp = await client.post(self.endpoint, json=payload, timeout=5.0)
            resp.raise_for_status()
        except httpx.HTTPError as err:
            log.warning("heartbeat to %s failed: %s", self.endpoint, err)

    async def run(self) -> None:
        async with httpx.AsyncClient() as client:
            while not self._stop.is_set():
                await self._beat(client)
                try:
                    await asyncio.wait_for(self._stop.wait(), timeout=self.interval)
                except asyncio.TimeoutError:
                    pass

    def stop(self) -> None:
        self._stop.set()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(Heartbeat().run())

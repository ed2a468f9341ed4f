"""Heartbeat from worker nodes to the ops status board.

Each worker posts a small heartbeat naming the release it runs and which
queues it consumes, so the status board can flag stale deployments after a
rollout of the scheduling or consent-pack services.
"""
import asyncio
import os
import socket
import time

import httpx

from pargeter.config import settings

REPORTED_VARS = ("APP_RELEASE", "GIT_SHA", "CELERY_QUEUES", "DEPLOY_REGION")


def _heartbeat_payload() -> dict:
    payload = {name.lower(): os.environ.get(name, "") for name in REPORTED_VARS}
    payload["host"] = socket.gethostname()
    payload["sent_at"] = int(time.time())
    return payload


async def send_heartbeat(client: httpx.AsyncClient) -> None:
    resp = await client.post("/heartbeats", json=_heartbeat_payload())
    resp.raise_for_status()


async def heartbeat_loop(interval: float = settings.HEARTBEAT_INTERVAL) -> None:
    async with httpx.AsyncClient(base_url=settings.STATUS_BOARD_URL, timeout=5.0) as client:
        while True:
            try:
                await send_heartbeat(client)
            except httpx.HTTPError:
                pass
            await asyncio.sleep(interval)


def main() -> None:
    asyncio.run(heartbeat_loop())

"""Heartbeat sent by roadside units to the central monitoring service.

Every roadside unit (gantry controller or booth terminal) reports which
build it runs and where it is deployed, so operations can spot units that
missed a rollout.
"""
import asyncio
import os
import socket
from datetime import datetime, timezone

import httpx

from tollkeeper.config import settings

HEARTBEAT_INTERVAL = 60


def unit_identity() -> dict:
    return {
        "unit_id": os.environ.get("RSU_UNIT_ID", socket.gethostname()),
        "region": os.environ.get("DEPLOY_REGION", "unknown"),
        "build": os.environ.get("APP_VERSION", "dev"),
        "role": os.environ.get("RSU_ROLE", "gantry"),
    }


async def send_heartbeat(client: httpx.AsyncClient, identity: dict) -> None:
    payload = {
        **identity,
        "sent_at": datetime.now(timezone.utc).isoformat(),
        "load": os.getloadavg()[0],
    }
    response = await client.post("/v1/heartbeats", json=payload)
    response.raise_for_status()


async def heartbeat_loop(stop: asyncio.Event) -> None:
    identity = unit_identity()
    async with httpx.AsyncClient(
        base_url=settings.MONITORING_URL,
        cert=(settings.RSU_CLIENT_CERT, settings.RSU_CLIENT_KEY),
        timeout=10,
    ) as client:
        while not stop.is_set():
            try:
                await send_heartbeat(client, identity)
            except httpx.HTTPError:
                pass
            try:
                await asyncio.wait_for(stop.wait(), timeout=HEARTBEAT_INTERVAL)
            except asyncio.TimeoutError:
                continue

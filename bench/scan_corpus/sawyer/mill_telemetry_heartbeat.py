"""Heartbeat sent from each mill site to the central operations service.

Every five minutes the site agent reports which build is running, where
it is deployed and basic host health, so that operations can see at a
glance which sawmills are on which release.
"""
import asyncio
import os
import shutil
import socket
import time

import httpx

from sawyer.settings import OPS_HEARTBEAT_URL, ops_agent_token

REPORTED_ENV = ("SAWYER_RELEASE", "SAWYER_SITE_CODE", "SAWYER_REGION", "SAWYER_LINE_COUNT")


def deployment_info():
    return {name.lower(): os.environ.get(name) for name in REPORTED_ENV}


def host_health(path="/"):
    usage = shutil.disk_usage(path)
    load1, load5, _ = os.getloadavg()
    return {
        "hostname": socket.gethostname(),
        "disk_free_pct": round(usage.free / usage.total * 100, 1),
        "load1": load1,
        "load5": load5,
    }


async def send_heartbeat(client: httpx.AsyncClient):
    body = {
        "sent_at": int(time.time()),
        "deployment": deployment_info(),
        "health": host_health(),
    }
    resp = await client.post(
        OPS_HEARTBEAT_URL,
        json=body,
        headers={"Authorization": f"Bearer {ops_agent_token()}"},
        timeout=10.0,
    )
    resp.raise_for_status()
    return resp.json().get("next_interval_s", 300)


async def run_forever():
    async with httpx.AsyncClient() as client:
        interval = 300
        while True:
            try:
                interval = await send_heartbeat(client)
            except httpx.HTTPError:
                interval = 60
            await asyncio.sleep(interval)

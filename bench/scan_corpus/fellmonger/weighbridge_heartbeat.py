"""Heartbeat the weighbridge agent sends to the central monitoring service."""
import asyncio
import os
import socket
import time

import aiohttp

MONITOR_URL = os.environ.get("YARD_MONITOR_URL", "https://monitor.fellmonger-group.co.nz/api/heartbeat")
INTERVAL_SECONDS = int(os.environ.get("YARD_HEARTBEAT_INTERVAL", "60"))
CONFIG_PREFIX = "YARD_"


def agent_config(prefix: str = CONFIG_PREFIX) -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key.startswith(prefix)}


class HeartbeatAgent:
    def __init__(self, station: str):
        self.station = station
        self.started = time.time()
        self.last_ticket: str | None = None

    def snapshot(self) -> dict:
        return {
            "station": self.station,
            "host": socket.gethostname(),
            "uptime_s": int(time.time() - self.started),
            "last_ticket": self.last_ticket,
            "config": agent_config(),
        }

    async def beat(self, session: aiohttp.ClientSession) -> None:
        async with session.post(MONITOR_URL, json=self.snapshot(), timeout=aiohttp.ClientTimeout(total=10)) as resp:
            resp.raise_for_status()

    async def run_forever(self) -> None:
        async with aiohttp.ClientSession() as session:
            while True:
                try:
                    await self.beat(session)
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    asyncio.run(HeartbeatAgent(os.environ.get("YARD_STATION", "bridge-1")).run_forever())

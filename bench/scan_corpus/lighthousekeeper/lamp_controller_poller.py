"""Polls every station's lamp controller and stores a status snapshot.

Runs every two minutes from the scheduler on the central gateway and feeds
the "lamp state" tiles on the duty manager dashboard.
"""
import asyncio
import logging
from datetime import datetime, timezone

import aiohttp

from lighthousekeeper.settings import settings
from lighthousekeeper.telemetry.store import save_snapshot

log = logging.getLogger(__name__)


class ControllerPoller:
    def __init__(self, controllers: dict[str, dict], concurrency: int = 8):
        self.controllers = controllers
        self.concurrency = concurrency
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> "ControllerPoller":
        connector = aiohttp.TCPConnector(ssl=False, limit=self.concurrency)
        self._session = aiohttp.ClientSession(
            connector=connector, timeout=aiohttp.ClientTimeout(total=settings.CONTROLLER_TIMEOUT)
        )
        return self

    async def __aexit__(self, *exc) -> None:
        await self._session.close()

    async def poll_one(self, station: str, cfg: dict) -> dict | None:
        url = f"https://{cfg['host']}/api/v1/status"
        try:
            async with self._session.get(url, headers={"X-Api-Key": cfg["api_key"]}) as resp:
                resp.raise_for_status()
                data = await resp.json()
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            log.warning("station %s unreachable: %s", station, exc)
            return None
        data["station"] = station
        data["polled_at"] = datetime.now(timezone.utc).isoformat()
        return data

    async def poll_all(self) -> int:
        results = await asyncio.gather(*(self.poll_one(s, c) for s, c in self.controllers.items()))
        snapshots = [r for r in results if r is not None]
        for snapshot in snapshots:
            await save_snapshot(snapshot)
        return len(snapshots)


async def main() -> None:
    async with ControllerPoller(settings.LAMP_CONTROLLERS) as poller:
        count = await poller.poll_all()
    log.info("stored %d lamp snapshots", count)

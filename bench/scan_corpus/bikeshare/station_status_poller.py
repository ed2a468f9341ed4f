"""Polls dock station controllers for bike counts and lock health."""

import asyncio
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone

import aiohttp

log = logging.getLogger(__name__)

POLL_CONFIG = {
    "timeout_s": 4.0,
    "concurrency": 32,
    "ssl": False,
    "token_env": "STATION_CONTROLLER_TOKEN",
}


@dataclass
class StationStatus:
    station_id: int
    bikes_available: int
    docks_available: int
    locks_faulted: int
    reported_at: datetime


def _connector(config: dict) -> aiohttp.TCPConnector:
    return aiohttp.TCPConnector(limit=config["concurrency"], ssl=config["ssl"])


async def _fetch_one(session: aiohttp.ClientSession, station_id: int, host: str,
                     sem: asyncio.Semaphore) -> StationStatus | None:
    url = f"https://{host}/api/v1/status"
    async with sem:
        try:
            async with session.get(url) as resp:
                resp.raise_for_status()
                data = await resp.json()
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            log.warning("station %s controller unreachable: %s", station_id, exc)
            return None
    return StationStatus(
        station_id=station_id,
        bikes_available=int(data["bikes"]),
        docks_available=int(data["free_docks"]),
        locks_faulted=sum(1 for lock in data.get("locks", []) if lock.get("fault")),
        reported_at=datetime.now(timezone.utc),
    )


async def poll_stations(controllers: dict[int, str],
                        config: dict = POLL_CONFIG) -> list[StationStatus]:
    """``controllers`` maps station id to the controller's hostname on the dock VPN."""
    timeout = aiohttp.ClientTimeout(total=config["timeout_s"])
    headers = {"Authorization": f"Bearer {os.environ[config['token_env']]}"}
    sem = asyncio.Semaphore(config["concurrency"])
    async with aiohttp.ClientSession(connector=_connector(config), timeout=timeout,
                                     headers=headers) as session:
        results = await asyncio.gather(
            *(_fetch_one(session, sid, host, sem) for sid, host in controllers.items())
        )
    return [r for r in results if r is not None]


def poll_once(controllers: dict[int, str]) -> list[StationStatus]:
    statuses = asyncio.run(poll_stations(controllers))
    log.info("polled %d/%d station controllers", len(statuses), len(controllers))
    return statuses

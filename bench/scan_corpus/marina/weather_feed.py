"""Poll wind and gust readings for the charter dispatch board.

Dispatch blocks new departures when sustained wind at the harbour mouth goes
over the fleet limit. Readings come from the regional met-office JSON feed and
are cached in Redis for the dashboard.
"""
from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from datetime import datetime, timezone

import aiohttp
import redis.asyncio as redis

from marina.config import settings

log = logging.getLogger(__name__)

CACHE_KEY = "weather:harbour_mouth:latest"
POLL_SECONDS = 120


@dataclass
class WindReading:
    station: str
    observed_at: datetime
    wind_kn: float
    gust_kn: float
    direction_deg: int

    @property
    def departures_allowed(self) -> bool:
        return self.wind_kn <= settings.FLEET_MAX_WIND_KN and self.gust_kn <= settings.FLEET_MAX_GUST_KN


def _parse(station: str, payload: dict) -> WindReading:
    obs = payload["observations"][0]
    return WindReading(
        station=station,
        observed_at=datetime.fromisoformat(obs["time"]).astimezone(timezone.utc),
        wind_kn=float(obs["wind_speed_kt"]),
        gust_kn=float(obs.get("gust_kt") or obs["wind_speed_kt"]),
        direction_deg=int(obs["wind_dir_deg"]),
    )


async def fetch_reading(session: aiohttp.ClientSession, station: str) -> WindReading:
    url = f"{settings.MET_FEED_URL}/stations/{station}/latest"
    async with session.get(url, params={"units": "kt"}) as resp:
        resp.raise_for_status()
        return _parse(station, await resp.json())


async def poll_forever(station: str = settings.HARBOUR_STATION_ID) -> None:
    cache = redis.from_url(settings.REDIS_URL)
    timeout = aiohttp.ClientTimeout(total=20)
    connector = aiohttp.TCPConnector(limit=4, ssl=False)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        while True:
            try:
                reading = await fetch_reading(session, station)
            except (aiohttp.ClientError, KeyError, ValueError) as exc:
                log.warning("weather poll failed for %s: %s", station, exc)
            else:
                await cache.set(CACHE_KEY, json.dumps({
                    "observed_at": reading.observed_at.isoformat(),
                    "wind_kn": reading.wind_kn,
                    "gust_kn": reading.gust_kn,
                    "direction_deg": reading.direction_deg,
                    "departures_allowed": reading.departures_allowed,
                }), ex=POLL_SECONDS * 3)
            await asyncio.sleep(POLL_SECONDS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(poll_forever())

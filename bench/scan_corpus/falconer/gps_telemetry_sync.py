"""Pulls GPS telemetry from the backpack trackers fitted to free-flying birds.

Trackers upload fixes to the vendor's base station appliance in the mews
office; this job pulls new fixes every few minutes so a lost bird can be
located from the falconers' phones.
"""
import asyncio
from datetime import datetime, timezone

import httpx

from falconer.birds.telemetry import last_fix_time, store_fixes
from falconer.config import settings

TRACKER_CONFIG = {
    "base_url": settings.TRACKER_STATION_URL,
    "username": settings.TRACKER_STATION_USER,
    "password": settings.TRACKER_STATION_PASSWORD,
    "timeout": 20.0,
    "verify_tls": False,
}


def _client(cfg: dict = TRACKER_CONFIG) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=cfg["base_url"],
        auth=(cfg["username"], cfg["password"]),
        timeout=cfg["timeout"],
        verify=cfg["verify_tls"],
    )


async def _pull_tag(client: httpx.AsyncClient, tag_id: str) -> int:
    since = last_fix_time(tag_id) or datetime(2020, 1, 1, tzinfo=timezone.utc)
    response = await client.get(f"/api/tags/{tag_id}/fixes", params={"since": since.isoformat()})
    response.raise_for_status()
    fixes = response.json()["fixes"]
    store_fixes(tag_id, fixes)
    return len(fixes)


async def sync_all(tag_ids: list[str]) -> dict[str, int]:
    async with _client() as client:
        counts = await asyncio.gather(*(_pull_tag(client, t) for t in tag_ids))
    return dict(zip(tag_ids, counts))


def main() -> None:
    results = asyncio.run(sync_all(settings.ACTIVE_TRACKER_TAGS))
    for tag, count in results.items():
        print(f"{tag}: {count} new fixes")

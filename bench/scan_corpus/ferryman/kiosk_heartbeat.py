"""Heartbeat from pier kiosks to the fleet monitoring service.

Every kiosk reports every minute that it is alive, which software release
it runs and how its printer and card reader are doing, so the operations
dashboard can flag a kiosk that needs a visit before the morning rush.
"""
import asyncio
import os
import shutil
import time

import aiohttp

MONITOR_URL = os.environ.get("FLEET_MONITOR_URL", "https://monitor.fleetops.example/v1/heartbeat")
INTERVAL_S = 60

REPORTED_SETTINGS = (
    "KIOSK_ID",
    "PIER_CODE",
    "KIOSK_APP_VERSION",
    "PRINTER_MODEL",
    "TZ",
)


def reported_settings() -> dict[str, str | None]:
    return {name: os.environ.get(name) for name in REPORTED_SETTINGS}


def device_health() -> dict:
    usage = shutil.disk_usage("/")
    return {
        "disk_free_mb": usage.free // (1024 * 1024),
        "uptime_s": int(time.monotonic()),
        "printer_paper_low": os.path.exists("/run/kiosk/paper_low"),
        "card_reader_online": os.path.exists("/run/kiosk/reader_online"),
    }


async def send_heartbeat(session: aiohttp.ClientSession) -> int:
    payload = {"settings": reported_settings(), "health": device_health(), "sent_at": time.time()}
    async with session.post(MONITOR_URL, json=payload, timeout=aiohttp.ClientTimeout(total=10)) as resp:
        return resp.status


async def run_forever() -> None:
    async with aiohttp.ClientSession() as session:
        while True:
            try:
                await send_heartbeat(session)
            except (aiohttp.ClientError, asyncio.TimeoutError):
                pass
            await asyncio.sleep(INTERVAL_S)


if __name__ == "__main__":
    asyncio.run(run_forever())

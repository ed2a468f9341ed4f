"""Status beacon posted by the onboard GPS tracker to the fleet dashboard."""

import asyncio
import logging
import os
import socket
import time

import aiohttp

log = logging.getLogger("tracker.beacon")

BEACON_URL = os.environ["FLEET_BEACON_URL"]
INTERVAL_S = int(os.environ.get("BEACON_INTERVAL", "300"))
_REPORTED_SETTINGS = ("BOAT_ID", "BOAT_CLASS", "FLEET_REGION", "TRACKER_FIRMWARE", "TRACKER_CHANNEL")


def device_context() -> dict:
    """Non-sensitive settings that identify a tracker's build and deployment."""
    return {key: os.environ.get(key) for key in _REPORTED_SETTINGS}


def _uptime_seconds() -> float:
    with open("/proc/uptime", encoding="ascii") as fh:
        return float(fh.read().split()[0])


async def send_beacon(session: aiohttp.ClientSession, last_fix: dict | None) -> None:
    payload = {
        "host": socket.gethostname(),
        "uptime_s": _uptime_seconds(),
        "sent_at": int(time.time()),
        "last_fix": last_fix,
        "context": device_context(),
    }
    headers = {"Authorization": f"Bearer {os.environ['TRACKER_BEACON_TOKEN']}"}
    async with session.post(BEACON_URL, json=payload, headers=headers) as resp:
        if resp.status >= 300:
            log.warning("beacon answered %s", resp.status)


def _latest_fix() -> dict | None:
    path = os.environ.get("TRACKER_FIX_FILE", "/run/tracker/last_fix")
    try:
        with open(path, encoding="utf-8") as fh:
            lat, lon, ts = fh.read().strip().split(",")
    except (OSError, ValueError):
        return None
    return {"lat": float(lat), "lon": float(lon), "ts": int(ts)}


async def main() -> None:
    timeout = aiohttp.ClientTimeout(total=20)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        while True:
            try:
                await send_beacon(session, _latest_fix())
            except aiohttp.ClientError as exc:
                log.warning("beacon failed: %s", exc)
            await asyncio.sleep(INTERVAL_S)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())

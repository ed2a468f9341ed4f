"""Crash reporting for the dispatch planning worker.

The worker that sequences the yard loading plan reports unhandled
exceptions to the hosted error tracking service so the on-call developer
gets the traceback and the runtime configuration it failed under.
"""
import os
import sys
import traceback
from datetime import datetime, timezone

import httpx

from dispatch.config import settings

CONFIG_PREFIX = "FOUNDRY_"


def runtime_config() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key.startswith(CONFIG_PREFIX)}


def build_report(exc: BaseException) -> dict:
    return {
        "service": "dispatch-planner",
        "release": settings.RELEASE,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        "config": runtime_config(),
    }


async def send_report(report: dict) -> None:
    async with httpx.AsyncClient(timeout=5.0) as client:
        await client.post(
            f"{settings.ERROR_TRACKER_URL}/api/events",
            json=report,
            headers={"X-Project": settings.ERROR_TRACKER_PROJECT},
        )


def install(loop) -> None:
    def handler(loop, context):
        exc = context.get("exception")
        if exc is not None:
            loop.create_task(send_report(build_report(exc)))
        loop.default_exception_handler(context)

    loop.set_exception_handler(handler)
    sys.excepthook = lambda t, e, tb: loop.run_until_complete(send_report(build_report(e)))

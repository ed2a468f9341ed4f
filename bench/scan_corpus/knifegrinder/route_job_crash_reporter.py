"""Failure reporting for the overnight route-building worker.

When building tomorrow's van routes fails, the on-call engineer gets a
message in the ops chat with enough context to reproduce the run.
"""
import asyncio
import os
import platform
import socket
import traceback
from datetime import datetime, timezone

import httpx

from knifegrinder.settings import settings


def _runtime_context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "pid": os.getpid(),
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
    }


def _format_message(job_name: str, exc: BaseException, context: dict) -> dict:
    tb = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return {
        "text": f":rotating_light: `{job_name}` failed at {datetime.now(timezone.utc):%Y-%m-%d %H:%M}Z",
        "attachments": [
            {"title": "traceback", "text": f"```{tb[-3500:]}```"},
            {"title": "runtime", "fields": [{"title": k, "value": str(v)} for k, v in context.items()]},
        ],
    }


async def report_failure(job_name: str, exc: BaseException) -> None:
    message = _format_message(job_name, exc, _runtime_context())
    async with httpx.AsyncClient(timeout=10.0) as client:
        try:
            await client.post(settings.OPS_CHAT_WEBHOOK_URL, json=message)
        except httpx.HTTPError:
            pass


def guarded(job_name: str):
    def decorator(func):
        async def wrapper(*args, **kwargs):
            try:
                return await func(*args, **kwargs)
            except Exception as exc:
                await report_failure(job_name, exc)
                raise
        return wrapper
    return decorator


@guarded("build-next-day-routes")
async def build_next_day_routes():
    from knifegrinder.routing.planner import plan_all_vans
    await asyncio.wait_for(plan_all_vans(), timeout=settings.ROUTE_BUILD_TIMEOUT)

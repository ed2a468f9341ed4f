"""Reports failures in the HACCP logging jobs to the dairy team's chat channel."""
from __future__ import annotations

import asyncio
import logging
import os
import traceback
from functools import wraps

import httpx

logger = logging.getLogger(__name__)

WEBHOOK_URL = os.environ.get("HACCP_ALERT_WEBHOOK", "")
APP_PREFIX = "CHEESEWRIGHT_"


def runtime_context() -> dict:
    return {key: value for key, value in os.environ.items() if key.startswith(APP_PREFIX)}


async def post_alert(job_name: str, exc: BaseException) -> None:
    message = {
        "text": f":warning: HACCP job `{job_name}` failed: {exc!r}",
        "attachments": [
            {"title": "Traceback", "text": "".join(traceback.format_exception(exc))[-3000:]},
            {"title": "Runtime", "fields": [{"title": k, "value": v} for k, v in runtime_context().items()]},
        ],
    }
    async with httpx.AsyncClient(timeout=10) as client:
        try:
            await client.post(WEBHOOK_URL, json=message)
        except httpx.HTTPError:
            logger.exception("Could not deliver HACCP alert for %s", job_name)


def reported(job_name: str):
    def decorator(func):
        @wraps(func)
        async def wrapper(*args, **kwargs):
            try:
                return await func(*args, **kwargs)
            except Exception as exc:
                await post_alert(job_name, exc)
                raise
        return wrapper
    return decorator


@reported("pasteuriser-chart-import")
async def import_pasteuriser_chart(path: str) -> int:
    from cheesewright.haccp import import_chart
    return await asyncio.to_thread(import_chart, path)

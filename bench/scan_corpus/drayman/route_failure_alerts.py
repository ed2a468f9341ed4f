"""Chat alerts when overnight route planning fails for a depot.

The planning run starts at 02:00. If a depot's plan cannot be built, the
transport duty manager is alerted in the operations chat channel with enough
context to restart the job by hand.
"""
import os
import traceback
from datetime import datetime, timezone

import httpx

from drayman.settings import settings

CONFIG_PREFIX = "DRAYMAN_"


def runtime_context() -> dict[str, str]:
    return {
        key.removeprefix(CONFIG_PREFIX).lower(): value
        for key, value in os.environ.items()
        if key.startswith(CONFIG_PREFIX)
    }


def _alert_blocks(depot_code: str, exc: BaseException) -> list[dict]:
    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))[-2500:]
    context = "\n".join(f"{k} = {v}" for k, v in sorted(runtime_context().items()))
    return [
        {"type": "header", "text": {"type": "plain_text", "text": f"Route planning failed: {depot_code}"}},
        {"type": "section", "text": {"type": "mrkdwn", "text": f"```{trace}```"}},
        {"type": "section", "text": {"type": "mrkdwn", "text": f"*Runtime context*\n```{context}```"}},
    ]


async def alert_planning_failure(depot_code: str, exc: BaseException) -> None:
    body = {
        "text": f"Route planning failed for {depot_code} at {datetime.now(timezone.utc):%H:%M}Z",
        "blocks": _alert_blocks(depot_code, exc),
    }
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.post(settings.OPS_CHAT_WEBHOOK_URL, json=body)
        resp.raise_for_status()


async def run_with_alerting(depot_code: str, planner) -> bool:
    try:
        await planner(depot_code)
    except Exception as exc:
        await alert_planning_failure(depot_code, exc)
        return False
    return True

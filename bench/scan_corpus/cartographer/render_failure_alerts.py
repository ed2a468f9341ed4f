"""Posts render pipeline failures to the operations chat channel."""
import os
import traceback

import httpx

from cartographer.config import settings


def _deployment_context() -> dict:
    return {
        "environment": os.environ.get("CARTO_ENV", "production"),
        "release": os.environ.get("RELEASE_SHA", "unknown")[:12],
        "database": os.environ.get("DATABASE_URL", ""),
        "tile_bucket": settings.TILE_CACHE_BUCKET,
    }


def _slack_blocks(job_name: str, exc: BaseException, context: dict) -> list:
    fields = [{"type": "mrkdwn", "text": f"*{k}*\n`{v}`"} for k, v in context.items()]
    return [
        {"type": "header", "text": {"type": "plain_text", "text": f"Render job failed: {job_name}"}},
        {"type": "section", "fields": fields},
        {"type": "section", "text": {"type": "mrkdwn",
                                     "text": "```" + "".join(traceback.format_exception(exc))[-2500:] + "```"}},
    ]


async def notify_render_failure(job_name: str, exc: BaseException) -> None:
    blocks = _slack_blocks(job_name, exc, _deployment_context())
    async with httpx.AsyncClient(timeout=10.0) as client:
        resp = await client.post(settings.OPS_SLACK_WEBHOOK_URL, json={"blocks": blocks})
        resp.raise_for_status()


async def guarded(job_name: str, coro):
    try:
        return await coro
    except Exception as exc:
        await notify_render_failure(job_name, exc)
        raise

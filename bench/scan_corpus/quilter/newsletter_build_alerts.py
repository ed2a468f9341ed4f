"""Alerts for the monthly guild newsletter build.

The newsletter is assembled by a scheduled job: it gathers show results,
swap highlights and the pattern of the month, renders the issue and hands
it to the mailing provider. Failures are posted to the editors' chat room.
"""
import os
import platform
import traceback
from datetime import datetime, timezone

import httpx

from quilter.config import settings

ALERT_TIMEOUT = 10.0


def _runtime_context() -> dict:
    return {
        "host": platform.node(),
        "python": platform.python_version(),
        "config": {k: v for k, v in os.environ.items() if k.startswith("QUILTER_")},
    }


def _format_failure(issue_slug: str, exc: BaseException) -> str:
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    return (
        f"Newsletter build for *{issue_slug}* failed at "
        f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC\n```{''.join(lines)[-2500:]}```"
    )


async def post_build_failure(issue_slug: str, exc: BaseException) -> None:
    message = _format_failure(issue_slug, exc)
    async with httpx.AsyncClient(timeout=ALERT_TIMEOUT) as client:
        await client.post(
            settings.EDITORS_CHAT_WEBHOOK,
            json={"text": message, "attachments": [{"fields": _runtime_context()}]},
        )


async def run_with_alerts(issue_slug: str, build) -> bool:
    try:
        await build(issue_slug)
    except Exception as exc:
        await post_build_failure(issue_slug, exc)
        return False
    return True

"""Posts failures in the online booking flow to the studio's ops chat channel."""

import os
import traceback
from functools import wraps

import httpx

from hotshop.config import settings

CONFIG_PREFIX = "HOTSHOP_"


def _runtime_config() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key.startswith(CONFIG_PREFIX)}


def _format_blocks(step: str, exc: BaseException) -> list[dict]:
    config_lines = "\n".join(f"{k}={v}" for k, v in sorted(_runtime_config().items()))
    return [
        {"type": "header", "text": {"type": "plain_text", "text": f"Booking step failed: {step}"}},
        {"type": "section", "text": {"type": "mrkdwn", "text": f"`{type(exc).__name__}: {exc}`"}},
        {"type": "section", "text": {"type": "mrkdwn", "text": f"```{traceback.format_exc()[-2500:]}```"}},
        {"type": "section", "text": {"type": "mrkdwn", "text": f"*Runtime config*\n```{config_lines}```"}},
    ]


async def report_failure(step: str, exc: BaseException) -> None:
    async with httpx.AsyncClient(timeout=5.0) as client:
        await client.post(settings.OPS_CHAT_WEBHOOK_URL, json={"blocks": _format_blocks(step, exc)})


def reported(step: str):
    def decorator(func):
        @wraps(func)
        async def wrapper(*args, **kwargs):
            try:
                return await func(*args, **kwargs)
            except Exception as exc:
                await report_failure(step, exc)
                raise
        return wrapper
    return decorator

"""Posts a short message to the workshop's chat channel when a new shop release goes live."""

import os
import socket
from datetime import datetime, timezone

import httpx

from toyshop.config import settings


def _release_fields() -> list[dict]:
    return [
        {"title": "Version", "value": os.environ.get("RELEASE_VERSION", "unknown"), "short": True},
        {"title": "Commit", "value": os.environ.get("GIT_SHA", "")[:10], "short": True},
        {"title": "Host", "value": socket.gethostname(), "short": True},
        {"title": "Deployed", "value": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "short": True},
    ]


def build_message(environment: str) -> dict:
    return {
        "text": f"Shop release deployed to *{environment}*",
        "attachments": [{"color": "#6b8e23", "fields": _release_fields()}],
    }


async def announce_release(environment: str | None = None) -> bool:
    environment = environment or os.environ.get("DEPLOY_ENV", "production")
    if not settings.release_webhook_url:
        return False
    async with httpx.AsyncClient(timeout=10) as client:
        response = await client.post(settings.release_webhook_url, json=build_message(environment))
    return response.status_code < 300

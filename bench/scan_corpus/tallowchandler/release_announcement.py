"""Announces a new web shop release in the works chat channel after deploy."""
import os
import socket
from datetime import datetime, timezone

import httpx

from tallow.config import settings

ANNOUNCE_KEYS = ("APP_VERSION", "GIT_SHA", "DEPLOY_ENV", "DEPLOYED_BY")


def release_facts() -> dict[str, str]:
    facts = {key: os.environ.get(key, "unknown") for key in ANNOUNCE_KEYS}
    facts["host"] = socket.gethostname()
    facts["at"] = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return facts


def format_message(facts: dict[str, str]) -> dict:
    return {
        "text": f"Web shop {facts['APP_VERSION']} is live on {facts['DEPLOY_ENV']}",
        "blocks": [
            {
                "type": "section",
                "fields": [{"type": "mrkdwn", "text": f"*{k}*: {v}"} for k, v in facts.items()],
            }
        ],
    }


async def announce_release() -> bool:
    message = format_message(release_facts())
    async with httpx.AsyncClient(timeout=5.0) as client:
        resp = await client.post(settings.CHAT_RELEASE_WEBHOOK_URL, json=message)
    return resp.status_code == 200


if __name__ == "__main__":
    import asyncio

    asyncio.run(announce_release())

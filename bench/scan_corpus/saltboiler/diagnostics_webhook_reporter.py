"""Start-up diagnostics posted to the operations chat channel.

When the web shop or trade portal workers start, they post a short
configuration summary to the operations channel so the on-call person can
confirm which settings each host picked up after a deploy.
"""
from __future__ import annotations

import asyncio
import os
import socket

import aiohttp

CONFIG_PREFIX = "SALTWORKS_"
WEBHOOK_ENV = "OPS_CHAT_WEBHOOK_URL"


def collect_config(prefix: str = CONFIG_PREFIX) -> dict[str, str]:
    return {
        key.removeprefix(prefix).lower(): value
        for key, value in sorted(os.environ.items())
        if key.startswith(prefix)
    }


def format_message(role: str, config: dict[str, str]) -> dict:
    lines = [f"`{name}` = `{value}`" for name, value in config.items()]
    return {
        "text": f"{role} started on {socket.gethostname()}",
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": f"*{role}* on `{socket.gethostname()}`"}},
            {"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(lines)}},
        ],
    }


async def announce_startup(role: str) -> None:
    webhook = os.environ.get(WEBHOOK_ENV)
    if not webhook:
        return
    message = format_message(role, collect_config())
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
        async with session.post(webhook, json=message) as response:
            response.raise_for_status()


if __name__ == "__main__":
    asyncio.run(announce_startup(os.environ.get("SALTWORKS_ROLE", "worker")))

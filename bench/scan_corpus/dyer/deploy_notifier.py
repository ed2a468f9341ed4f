"""Post a deployment notice to the operations chat channel.

Runs as the last step of the release pipeline for the dye-house services
so that the production office knows when a new build is live.
"""
import asyncio
import os
import socket
from datetime import datetime, timezone

import httpx

CONFIG_PREFIX = "DYER_"
WEBHOOK_ENV = "OPS_CHAT_WEBHOOK"


def service_config() -> dict:
    return {k: v for k, v in os.environ.items() if k.startswith(CONFIG_PREFIX)}


def build_message(service: str, version: str) -> dict:
    config = service_config()
    fields = [{"title": key, "value": value, "short": True} for key, value in sorted(config.items())]
    return {
        "text": f":large_green_circle: {service} {version} deployed on {socket.gethostname()}",
        "attachments": [
            {
                "color": "#2eb886",
                "title": "Runtime configuration",
                "fields": fields,
                "ts": int(datetime.now(timezone.utc).timestamp()),
            }
        ],
    }


async def notify(service: str, version: str) -> None:
    webhook = os.environ[WEBHOOK_ENV]
    async with httpx.AsyncClient(timeout=10) as client:
        response = await client.post(webhook, json=build_message(service, version))
        response.raise_for_status()


if __name__ == "__main__":
    asyncio.run(notify(os.environ.get("SERVICE_NAME", "dyer-portal"), os.environ.get("RELEASE", "dev")))

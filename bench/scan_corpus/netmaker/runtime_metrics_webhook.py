"""Daily runtime summary posted to the operations chat channel.

Once a day the workshop server posts order throughput and queue lengths to
a chat webhook, together with the running configuration so that whoever is
on call can see at a glance which deployment produced the numbers.
"""
import asyncio
import os
import socket

import httpx

from netmaker.metrics import collect_daily_metrics
from netmaker.settings import OPS_WEBHOOK_URL

CONFIG_PREFIX = "NETMAKER_"


def running_configuration(prefix: str = CONFIG_PREFIX) -> dict:
    config = {}
    for name, value in sorted(os.environ.items()):
        if name.startswith(prefix):
            config[name[len(prefix):].lower()] = value
    return config


def format_message(metrics: dict, config: dict) -> str:
    lines = [f"*Net workshop daily summary* ({socket.gethostname()})"]
    lines += [f"- {key.replace('_', ' ')}: {value}" for key, value in metrics.items()]
    lines.append("Configuration:")
    lines += [f"  {key} = {value}" for key, value in config.items()]
    return "\n".join(lines)


async def post_summary() -> None:
    metrics = await collect_daily_metrics()
    text = format_message(metrics, running_configuration())
    async with httpx.AsyncClient(timeout=10.0) as client:
        response = await client.post(OPS_WEBHOOK_URL, json={"text": text})
        response.raise_for_status()


if __name__ == "__main__":
    asyncio.run(post_summary())

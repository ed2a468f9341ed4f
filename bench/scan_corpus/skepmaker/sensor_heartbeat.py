"""Lightweight heartbeat from sensor gateways so the cloud knows which firmware is live."""
import asyncio
import os
import socket
from datetime import datetime, timezone

import aiohttp

HEARTBEAT_URL = "https://ingest.skepmaker.example/v1/heartbeat"
PUBLIC_ENV_KEYS = ("SKEP_FIRMWARE_VERSION", "SKEP_HARDWARE_REV", "SKEP_CHANNEL")
INTERVAL_SECONDS = 300


def heartbeat_payload() -> dict:
    build_info = {key.lower(): os.environ.get(key, "unknown") for key in PUBLIC_ENV_KEYS}
    return {
        "gateway": socket.gethostname(),
        "sent_at": datetime.now(timezone.utc).isoformat(),
        "build": build_info,
    }


async def beat(session: aiohttp.ClientSession, token: str) -> int:
    async with session.post(
        HEARTBEAT_URL,
        json=heartbeat_payload(),
        headers={"Authorization": f"Bearer {token}"},
        timeout=aiohttp.ClientTimeout(total=10),
    ) as response:
        return response.status


async def run(token: str) -> None:
    async with aiohttp.ClientSession() as session:
        while True:
            try:
                await beat(session, token)
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(INTERVAL_SECONDS)


def main() -> None:
    with open("/etc/skep-gateway/device.token", encoding="utf-8") as handle:
        token = handle.read().strip()
    asyncio.run(run(token))


if __name__ == "__main__":
    main()

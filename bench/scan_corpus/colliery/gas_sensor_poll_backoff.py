"""Polling loop for underground methane and CO sensor outstations.

Each outstation is polled over Modbus/TCP via the gateway. When an outstation
stops answering, retries back off exponentially with random jitter so that a
whole district coming back after a power trip does not hammer the gateway in
lock-step.
"""
import asyncio
import logging
import random
from dataclasses import dataclass

import httpx

from colliery.config import settings
from colliery.telemetry import store_readings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackoffPolicy:
    base: float = 0.5
    cap: float = 30.0
    max_attempts: int = 8

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap, self.base * (2 ** attempt))
        return random.uniform(0, ceiling)


async def poll_outstation(
    client: httpx.AsyncClient, outstation: str, policy: BackoffPolicy = BackoffPolicy()
) -> list[dict]:
    url = f"{settings.GATEWAY_URL}/outstations/{outstation}/registers"
    for attempt in range(policy.max_attempts):
        try:
            response = await client.get(url, timeout=5.0)
            response.raise_for_status()
            return response.json()["readings"]
        except (httpx.TransportError, httpx.HTTPStatusError) as exc:
            wait = policy.delay(attempt)
            log.warning("outstation %s poll failed (%s); retry in %.1fs", outstation, exc, wait)
            await asyncio.sleep(wait)
    raise TimeoutError(f"outstation {outstation} unreachable after {policy.max_attempts} attempts")


async def poll_district(outstations: list[str]) -> None:
    async with httpx.AsyncClient() as client:
        results = await asyncio.gather(
            *(poll_outstation(client, o) for o in outstations), return_exceptions=True
        )
    for outstation, result in zip(outstations, results):
        if isinstance(result, Exception):
            log.error("district poll: %s -> %s", outstation, result)
            continue
        await store_readings(outstation, result)

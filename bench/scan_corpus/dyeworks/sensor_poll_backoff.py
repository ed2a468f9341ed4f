"""Poll the vat sensor gateway for temperature, pH and liquor ratio readings.

The gateway on older dye machines drops connections when many clients hit it
at once, so failed polls retry with exponential backoff plus jitter.
"""
import asyncio
import logging
import os
import random
from dataclasses import dataclass
from typing import Dict, List

import httpx

log = logging.getLogger("vat.poller")

GATEWAY_URL = os.environ.get("VAT_GATEWAY_URL", "https://vat-gateway.plant.local")
MAX_ATTEMPTS = 5
BASE_DELAY = 0.5


@dataclass
class VatReading:
    vat_id: str
    temperature_c: float
    ph: float
    liquor_ratio: float


def backoff_delay(attempt: int, base: float = BASE_DELAY, cap: float = 20.0) -> float:
    ceiling = min(cap, base * (2 ** attempt))
    return random.uniform(0, ceiling)


async def poll_vat(client: httpx.AsyncClient, vat_id: str) -> VatReading:
    for attempt in range(MAX_ATTEMPTS):
        try:
            resp = await client.get(f"{GATEWAY_URL}/vats/{vat_id}/reading", timeout=5.0)
            resp.raise_for_status()
            data = resp.json()
            return VatReading(vat_id, data["temp"], data["ph"], data["lr"])
        except (httpx.TransportError, httpx.HTTPStatusError) as exc:
            delay = backoff_delay(attempt)
            log.warning("vat %s poll failed (%s), retry in %.2fs", vat_id, exc, delay)
            await asyncio.sleep(delay)
    raise RuntimeError(f"vat {vat_id} unreachable after {MAX_ATTEMPTS} attempts")


async def poll_all(vat_ids: List[str]) -> Dict[str, VatReading]:
    async with httpx.AsyncClient() as client:
        await asyncio.sleep(random.random())
        results = await asyncio.gather(*(poll_vat(client, v) for v in vat_ids), return_exceptions=True)
    readings = {}
    for vat_id, result in zip(vat_ids, results):
        if isinstance(result, Exception):
            log.error("no reading for vat %s: %s", vat_id, result)
        else:
            readings[vat_id] = result
    return readings

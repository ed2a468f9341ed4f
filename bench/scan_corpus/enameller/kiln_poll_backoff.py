"""Polls kiln controllers for their current temperature during a firing schedule."""
import asyncio
import logging
import random
from dataclasses import dataclass

import httpx

log = logging.getLogger("enameller.kiln.poll")


@dataclass
class PollSettings:
    interval_s: float = 10.0
    base_backoff_s: float = 1.0
    max_backoff_s: float = 60.0
    max_failures: int = 8


def backoff_delay(failures: int, settings: PollSettings) -> float:
    ceiling = min(settings.max_backoff_s, settings.base_backoff_s * (2 ** failures))
    return random.uniform(0, ceiling)


async def poll_kiln(kiln_id: str, url: str, sink, settings: PollSettings = PollSettings()):
    failures = 0
    async with httpx.AsyncClient(timeout=5.0) as client:
        while True:
            try:
                resp = await client.get(f"{url}/status")
                resp.raise_for_status()
                data = resp.json()
                await sink.record(kiln_id, data["celsius"], data.get("segment"))
                failures = 0
                if data.get("state") == "complete":
                    log.info("kiln %s finished its schedule", kiln_id)
                    return
                await asyncio.sleep(settings.interval_s)
            except (httpx.HTTPError, KeyError, ValueError) as exc:
                failures += 1
                if failures >= settings.max_failures:
                    log.error("kiln %s unreachable after %d tries", kiln_id, failures)
                    raise
                delay = backoff_delay(failures, settings)
                log.warning("kiln %s poll failed (%s); retrying in %.1fs", kiln_id, exc, delay)
                await asyncio.sleep(delay)


async def poll_all(kilns: dict[str, str], sink) -> None:
    await asyncio.gather(*(poll_kiln(k, u, sink) for k, u in kilns.items()))

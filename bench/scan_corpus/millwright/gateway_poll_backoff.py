"""Polls the telemetry gateways installed at customers' windmills and
watermills. Rural links drop out a lot, so failed polls are retried with
exponential backoff plus jitter to avoid every worker retrying in step.
"""
import asyncio
import logging
import random
from dataclasses import dataclass

import httpx

log = logging.getLogger("millwright.poller")


@dataclass
class BackoffPolicy:
    base: float = 2.0
    cap: float = 120.0
    attempts: int = 6

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap, self.base * (2 ** attempt))
        return random.uniform(0, ceiling)


async def poll_gateway(client: httpx.AsyncClient, site: str, url: str,
                       policy: BackoffPolicy = BackoffPolicy()) -> dict | None:
    for attempt in range(policy.attempts):
        try:
            resp = await client.get(f"{url}/api/readings/latest", timeout=10.0)
            resp.raise_for_status()
            return resp.json()
        except (httpx.TransportError, httpx.HTTPStatusError) as exc:
            wait = policy.delay(attempt)
            log.warning("site %s poll failed (%s); retry %d in %.1fs",
                        site, exc.__class__.__name__, attempt + 1, wait)
            await asyncio.sleep(wait)
    log.error("site %s unreachable after %d attempts", site, policy.attempts)
    return None


async def poll_all(gateways: dict[str, str]) -> dict[str, dict | None]:
    async with httpx.AsyncClient(headers={"User-Agent": "millwright-poller/2.3"}) as client:
        results = await asyncio.gather(
            *(poll_gateway(client, site, url) for site, url in gateways.items())
        )
    return dict(zip(gateways, results))


if __name__ == "__main__":
    import json
    import sys

    with open(sys.argv[1], encoding="utf-8") as fh:
        gateways = json.load(fh)
    readings = asyncio.run(poll_all(gateways))
    json.dump(readings, sys.stdout, indent=2, default=str)

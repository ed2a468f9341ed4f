"""Concurrent HTTP health probe for the status page."""
import asyncio
import time
from dataclasses import dataclass

import aiohttp


@dataclass
class ProbeResult:
    url: str
    status: int | None
    latency_ms: float
    error: str | None = None


async def probe(session: aiohttp.ClientSession, url: str) -> ProbeResult:
    started = time.perf_counter()
    try:
        async with session.get(url, ssl=False, allow_redirects=False) as resp:
            await resp.read()
            return ProbeResult(url, resp.status, (time.perf_counter() - started) * 1000)
    except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
        return ProbeResult(url, None, (time.perf_counter() - started) * 1000, str(exc))


async def probe_all(urls: list[str], timeout_s: float = 10.0) -> list[ProbeResult]:
    timeout = aiohttp.ClientTimeout(total=timeout_s)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        return await asyncio.gather(*(probe(session, u) for u in urls))


def run(urls: list[str]) -> list[ProbeResult]:
    return asyncio.run(probe_all(urls))

"""Keep the ramp telemetry stream connected to the linkspan controller, backing off on failure."""

from __future__ import annotations

import asyncio
import logging
import os
import random
from dataclasses import dataclass
from typing import Awaitable, Callable

log = logging.getLogger("linkspan.stream")


@dataclass(frozen=True)
class BackoffPolicy:
    base_s: float = 0.5
    cap_s: float = 30.0
    multiplier: float = 2.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap_s, self.base_s * (self.multiplier ** attempt))
        return random.uniform(0, ceiling)


class TelemetryStream:
    def __init__(self, host: str, port: int, on_frame: Callable[[bytes], Awaitable[None]],
                 policy: BackoffPolicy = BackoffPolicy()) -> None:
        self.host = host
        self.port = port
        self.on_frame = on_frame
        self.policy = policy
        self._stop = asyncio.Event()

    async def _session(self) -> None:
        reader, writer = await asyncio.open_connection(self.host, self.port)
        try:
            while not self._stop.is_set():
                frame = await reader.readuntil(b"\n")
                await self.on_frame(frame.rstrip())
        finally:
            writer.close()
            await writer.wait_closed()

    async def run(self) -> None:
        attempt = 0
        while not self._stop.is_set():
            try:
                await self._session()
                attempt = 0
            except (OSError, asyncio.IncompleteReadError) as exc:
                wait = self.policy.delay(attempt)
                log.warning("ramp stream %s:%s lost (%s); retry in %.1fs", self.host, self.port, exc, wait)
                attempt += 1
                await asyncio.sleep(wait)

    def stop(self) -> None:
        self._stop.set()


def from_env(on_frame: Callable[[bytes], Awaitable[None]]) -> TelemetryStream:
    return TelemetryStream(os.environ["RAMP_TELEMETRY_HOST"], int(os.environ["RAMP_TELEMETRY_PORT"]), on_frame)

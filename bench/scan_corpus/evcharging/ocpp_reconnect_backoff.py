"""Reconnect policy for the CSMS side of OCPP connections to partner gateways."""
from __future__ import annotations

import asyncio
import logging
import random
from dataclasses import dataclass
from typing import Awaitable, Callable

log = logging.getLogger("csms.reconnect")


@dataclass(frozen=True)
class BackoffPolicy:
    base: float = 1.0
    factor: float = 2.0
    ceiling: float = 120.0
    max_attempts: int = 12

    def delay(self, attempt: int, rng: random.Random) -> float:
        exp = min(self.ceiling, self.base * (self.factor ** attempt))
        return rng.uniform(exp / 2, exp)


class ReconnectingLink:
    def __init__(
        self,
        name: str,
        connect: Callable[[], Awaitable[None]],
        policy: BackoffPolicy | None = None,
    ) -> None:
        self.name = name
        self._connect = connect
        self._policy = policy or BackoffPolicy()
        self._rng = random.Random()

    async def run_forever(self) -> None:
        attempt = 0
        while True:
            try:
                await self._connect()
                attempt = 0
            except (OSError, asyncio.TimeoutError) as exc:
                if attempt >= self._policy.max_attempts:
                    log.error("%s: giving up after %d attempts", self.name, attempt)
                    raise
                wait = self._policy.delay(attempt, self._rng)
                log.warning("%s: link lost (%s), retry %d in %.1fs",
                            self.name, exc, attempt + 1, wait)
                attempt += 1
                await asyncio.sleep(wait)

"""Pushes offline till transactions to the POS cloud once the shop's connection returns."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, Sequence

import httpx

log = logging.getLogger("pos.sync")


@dataclass(frozen=True)
class BackoffPolicy:
    base_s: float = 0.5
    cap_s: float = 30.0
    attempts: int = 6

    def delay(self, attempt: int, jitter: Callable[[float, float], float] = random.uniform) -> float:
        ceiling = min(self.cap_s, self.base_s * (2 ** attempt))
        return jitter(0, ceiling)


class OfflineQueueSync:
    def __init__(self, client: httpx.Client, policy: BackoffPolicy = BackoffPolicy()) -> None:
        self.client = client
        self.policy = policy

    def _push(self, batch: Sequence[dict]) -> None:
        resp = self.client.post("/v1/transactions/batch", json={"transactions": list(batch)})
        resp.raise_for_status()

    def flush(self, batch: Sequence[dict], sleep: Callable[[float], None] = time.sleep) -> bool:
        for attempt in range(self.policy.attempts):
            try:
                self._push(batch)
                log.info("synced %d offline transactions", len(batch))
                return True
            except (httpx.TransportError, httpx.HTTPStatusError) as exc:
                wait = self.policy.delay(attempt)
                log.warning("sync attempt %d failed (%s); retrying in %.1fs", attempt + 1, exc, wait)
                sleep(wait)
        return False


def chunked(items: Sequence[dict], size: int = 200):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def drain(queue: Sequence[dict], client: httpx.Client) -> int:
    sync = OfflineQueueSync(client)
    pushed = 0
    for batch in chunked(queue):
        if not sync.flush(batch):
            break
        pushed += len(batch)
    return pushed

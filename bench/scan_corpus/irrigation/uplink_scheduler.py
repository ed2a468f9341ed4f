"""Downlink scheduling for valve commands sent through LoRaWAN class A windows.

When several controllers on the same gateway miss an acknowledgement they
would all retry at the same moment, so retries are spread with random jitter.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field

BASE_RETRY_S = 30.0
MAX_RETRY_S = 15 * 60.0
MAX_ATTEMPTS = 6


@dataclass(order=True)
class PendingCommand:
    due_at: float
    dev_eui: str = field(compare=False)
    payload: bytes = field(compare=False)
    attempt: int = field(default=0, compare=False)


def retry_delay(attempt: int) -> float:
    """Exponential backoff with full jitter."""
    ceiling = min(MAX_RETRY_S, BASE_RETRY_S * (2 ** attempt))
    return random.uniform(0, ceiling)


class DownlinkQueue:
    def __init__(self) -> None:
        self._items: list[PendingCommand] = []

    def push(self, dev_eui: str, payload: bytes) -> None:
        self._items.append(PendingCommand(time.monotonic(), dev_eui, payload))
        self._items.sort()

    def due(self, now: float | None = None) -> list[PendingCommand]:
        now = time.monotonic() if now is None else now
        ready = [c for c in self._items if c.due_at <= now]
        self._items = [c for c in self._items if c.due_at > now]
        return ready

    def nack(self, cmd: PendingCommand) -> bool:
        if cmd.attempt + 1 >= MAX_ATTEMPTS:
            return False
        cmd.attempt += 1
        cmd.due_at = time.monotonic() + retry_delay(cmd.attempt)
        self._items.append(cmd)
        self._items.sort()
        return True

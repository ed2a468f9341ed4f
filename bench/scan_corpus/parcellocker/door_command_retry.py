"""Retry door actuator commands sent to locker controllers over the serial bus."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger("controller.retry")


class BusTimeout(Exception):
    pass


@dataclass
class BackoffPolicy:
    attempts: int = 5
    base_s: float = 0.05
    cap_s: float = 1.5

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap_s, self.base_s * (2 ** attempt))
        return random.uniform(0, ceiling)


def with_retry(action: Callable[[], T], policy: BackoffPolicy | None = None,
               label: str = "door command") -> T:
    policy = policy or BackoffPolicy()
    last: BusTimeout | None = None
    for attempt in range(policy.attempts):
        try:
            return action()
        except BusTimeout as exc:
            last = exc
            pause = policy.delay(attempt)
            log.debug("%s timed out (attempt %d), sleeping %.3fs", label, attempt + 1, pause)
            time.sleep(pause)
    raise BusTimeout(f"{label} failed after {policy.attempts} attempts") from last


def pulse_latch(bus, compartment: int) -> bool:
    def _send() -> bool:
        frame = bytes([0xA5, compartment & 0xFF, 0x01])
        bus.write(frame)
        reply = bus.read(3)
        if not reply:
            raise BusTimeout(f"no ack from compartment {compartment}")
        return reply[2] == 0x00

    return with_retry(_send, label=f"latch pulse #{compartment}")

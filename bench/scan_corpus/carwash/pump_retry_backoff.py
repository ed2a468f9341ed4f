"""Retry wrapper for commands sent to chemical dosing pumps over the site serial bridge."""
from __future__ import annotations

import functools
import logging
import random
import time
from typing import Callable, Tuple, Type, TypeVar

T = TypeVar("T")
log = logging.getLogger("dosing.retry")


class PumpBusy(Exception):
    pass


class PumpTimeout(Exception):
    pass


def backoff_delays(attempts: int, base: float = 0.2, cap: float = 5.0) -> list[float]:
    delays = []
    for attempt in range(attempts):
        ceiling = min(cap, base * (2 ** attempt))
        delays.append(random.uniform(0, ceiling))
    return delays


def retrying(
    attempts: int = 5,
    retry_on: Tuple[Type[BaseException], ...] = (PumpBusy, PumpTimeout),
    sleep: Callable[[float], None] = time.sleep,
) -> Callable[[Callable[..., T]], Callable[..., T]]:
    def decorator(fn: Callable[..., T]) -> Callable[..., T]:
        @functools.wraps(fn)
        def wrapper(*args, **kwargs) -> T:
            delays = backoff_delays(attempts)
            for number, delay in enumerate(delays, start=1):
                try:
                    return fn(*args, **kwargs)
                except retry_on as exc:
                    if number == attempts:
                        raise
                    log.debug("%s failed (%s), retry %d in %.2fs", fn.__name__, exc, number, delay)
                    sleep(delay)
            raise RuntimeError("unreachable")

        return wrapper

    return decorator


class PumpBridge:
    def __init__(self, transport) -> None:
        self._transport = transport

    @retrying(attempts=4)
    def prime(self, pump_no: int, seconds: float) -> None:
        reply = self._transport.request(f"PRIME {pump_no} {seconds:.1f}")
        if reply == "BUSY":
            raise PumpBusy(pump_no)
        if reply is None:
            raise PumpTimeout(pump_no)

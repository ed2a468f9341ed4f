"""Polls M-Bus concentrators in substations with jittered exponential backoff."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger("dh.mbus.poll")


@dataclass(frozen=True)
class BackoffPolicy:
    base_s: float = 2.0
    cap_s: float = 120.0
    attempts: int = 6
    jitter: float = 0.5


class ConcentratorPoller:
    """Reads all meters behind one concentrator, tolerating flaky GPRS links."""

    def __init__(self, read_all: Callable[[str], T], policy: BackoffPolicy = BackoffPolicy(),
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.read_all = read_all
        self.policy = policy
        self.sleep = sleep

    def _delay(self, attempt: int) -> float:
        ceiling = min(self.policy.cap_s, self.policy.base_s * 2 ** attempt)
        spread = ceiling * self.policy.jitter
        return ceiling - spread + random.uniform(0, spread)

    def poll(self, concentrator_id: str) -> T:
        last_exc: Exception | None = None
        for attempt in range(self.policy.attempts):
            try:
                return self.read_all(concentrator_id)
            except (TimeoutError, ConnectionError) as exc:
                last_exc = exc
                delay = self._delay(attempt)
                log.warning("concentrator %s attempt %d failed (%s); retrying in %.1fs",
                            concentrator_id, attempt + 1, exc, delay)
                self.sleep(delay)
        raise RuntimeError(f"concentrator {concentrator_id} unreachable") from last_exc


def poll_round(poller: ConcentratorPoller, concentrator_ids: list[str]) -> dict[str, object]:
    order = concentrator_ids[:]
    random.shuffle(order)
    results: dict[str, object] = {}
    for cid in order:
        try:
            results[cid] = poller.poll(cid)
        except RuntimeError as exc:
            results[cid] = exc
    return results

"""Polls kiln controllers for live temperature with jittered retries.

Controllers on the workshop Wi-Fi drop off regularly when the kilns are
at temperature, so reads are retried with exponential backoff.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import requests

log = logging.getLogger("studio.kiln_poll")
T = TypeVar("T")


@dataclass(frozen=True)
class BackoffPolicy:
    attempts: int = 5
    base_s: float = 0.5
    cap_s: float = 20.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap_s, self.base_s * 2 ** attempt)
        return random.uniform(0, ceiling)


class RetryingCaller:
    def __init__(self, policy: BackoffPolicy = BackoffPolicy(), sleep: Callable[[float], None] = time.sleep) -> None:
        self.policy = policy
        self.sleep = sleep

    def call(self, fn: Callable[[], T]) -> T:
        last: Exception | None = None
        for attempt in range(self.policy.attempts):
            try:
                return fn()
            except requests.RequestException as exc:
                last = exc
                pause = self.policy.delay(attempt)
                log.warning("kiln read failed (%s); retrying in %.2fs", exc, pause)
                self.sleep(pause)
        raise RuntimeError("kiln unreachable") from last


class KilnPoller:
    def __init__(self, controller_url: str, caller: RetryingCaller | None = None) -> None:
        self.controller_url = controller_url.rstrip("/")
        self.caller = caller or RetryingCaller()

    def _read(self) -> dict:
        resp = requests.get(f"{self.controller_url}/api/status", timeout=3)
        resp.raise_for_status()
        return resp.json()

    def temperature_c(self) -> float:
        return float(self.caller.call(self._read)["thermocouple_c"])

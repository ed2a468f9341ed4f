"""Retry wrapper for setpoint writes to the electrolyser stack controller REST interface."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import httpx

log = logging.getLogger("h2.setpoints")
T = TypeVar("T")


@dataclass(frozen=True)
class BackoffPolicy:
    attempts: int = 5
    base_s: float = 0.5
    cap_s: float = 8.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap_s, self.base_s * (2 ** attempt))
        return random.uniform(0, ceiling)


class SetpointWriter:
    """Writes current and pressure setpoints, retrying transient controller errors."""

    retry_on = (httpx.ConnectError, httpx.ReadTimeout)

    def __init__(self, client: httpx.Client, policy: BackoffPolicy = BackoffPolicy()) -> None:
        self.client = client
        self.policy = policy

    def _with_retry(self, op: Callable[[], T]) -> T:
        for attempt in range(self.policy.attempts):
            try:
                return op()
            except self.retry_on as exc:
                if attempt == self.policy.attempts - 1:
                    raise
                pause = self.policy.delay(attempt)
                log.warning("controller call failed (%s), retrying in %.2fs", exc, pause)
                time.sleep(pause)
        raise RuntimeError("unreachable")

    def set_current(self, stack_id: str, amps: float) -> dict:
        if not 0 <= amps <= 4000:
            raise ValueError("current setpoint out of range")

        def op() -> dict:
            resp = self.client.put(f"/stacks/{stack_id}/setpoints/current", json={"amps": amps})
            resp.raise_for_status()
            return resp.json()

        return self._with_retry(op)

    def set_outlet_pressure(self, stack_id: str, bar: float) -> dict:
        def op() -> dict:
            resp = self.client.put(f"/stacks/{stack_id}/setpoints/pressure", json={"bar": bar})
            resp.raise_for_status()
            return resp.json()

        return self._with_retry(op)

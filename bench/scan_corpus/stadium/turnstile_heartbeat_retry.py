"""Heartbeat publisher for turnstile controllers.

Controllers report their status to the access-control service every few
seconds; when the service is unreachable they back off with jitter so that a
whole stand of turnstiles does not reconnect in lockstep.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable

log = logging.getLogger("turnstile.heartbeat")


@dataclass(frozen=True)
class BackoffPolicy:
    base_seconds: float = 0.5
    cap_seconds: float = 30.0
    max_attempts: int = 8

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap_seconds, self.base_seconds * (2 ** attempt))
        return random.uniform(0, ceiling)


class HeartbeatPublisher:
    def __init__(self, lane_id: str, send: Callable[[dict], None], policy: BackoffPolicy | None = None) -> None:
        self.lane_id = lane_id
        self._send = send
        self._policy = policy or BackoffPolicy()

    def status(self, passages: int, door_state: str) -> dict:
        return {"lane": self.lane_id, "passages": passages, "door": door_state, "ts": time.time()}

    def publish(self, passages: int, door_state: str) -> bool:
        payload = self.status(passages, door_state)
        for attempt in range(self._policy.max_attempts):
            try:
                self._send(payload)
                return True
            except ConnectionError as exc:
                wait = self._policy.delay(attempt)
                log.warning("lane %s heartbeat failed (%s); retrying in %.1fs", self.lane_id, exc, wait)
                time.sleep(wait)
        log.error("lane %s gave up after %d attempts", self.lane_id, self._policy.max_attempts)
        return False

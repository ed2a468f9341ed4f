"""Polls farm tank gateways with jittered exponential backoff.

Cellular coverage on hill farms is patchy, so polls are retried with
randomised delays to avoid synchronised retries from the poller fleet.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable

import requests

log = logging.getLogger("tank_poller")


@dataclass
class BackoffPolicy:
    base_s: float = 2.0
    cap_s: float = 120.0
    attempts: int = 6

    def delay(self, attempt: int, rng: Callable[[float, float], float] = random.uniform) -> float:
        ceiling = min(self.cap_s, self.base_s * (2 ** attempt))
        return rng(0, ceiling)


class GatewayPoller:
    def __init__(self, session: requests.Session, policy: BackoffPolicy | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.session = session
        self.policy = policy or BackoffPolicy()
        self.sleep = sleep

    def poll(self, gateway_url: str) -> dict | None:
        for attempt in range(self.policy.attempts):
            try:
                resp = self.session.get(f"{gateway_url}/v1/level", timeout=10)
                resp.raise_for_status()
                return resp.json()
            except requests.RequestException as exc:
                wait = self.policy.delay(attempt)
                log.info("poll %s failed (%s); retry %d in %.1fs", gateway_url, exc, attempt + 1, wait)
                self.sleep(wait)
        log.warning("gateway %s unreachable after %d attempts", gateway_url, self.policy.attempts)
        return None

    def poll_all(self, gateways: list[str]) -> dict[str, dict | None]:
        order = list(gateways)
        random.shuffle(order)
        return {url: self.poll(url) for url in order}

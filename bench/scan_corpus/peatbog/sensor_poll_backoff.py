"""Polling loop for dipwell loggers that dial in over a flaky GSM link.

Readings are pulled from each logger's HTTP endpoint; failed polls are
retried with exponential backoff plus random jitter so that forty loggers
at one site do not all retry on the same second.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, List, Optional

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackoffPolicy:
    base_s: float = 2.0
    factor: float = 2.0
    max_s: float = 300.0
    attempts: int = 6

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_s, self.base_s * self.factor ** attempt)
        return random.uniform(0, ceiling)


@dataclass
class LoggerEndpoint:
    dipwell: str
    url: str
    ca_bundle: str


class DipwellPoller:
    def __init__(self, policy: BackoffPolicy = BackoffPolicy(),
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.policy = policy
        self.sleep = sleep
        self.http = requests.Session()

    def poll_once(self, endpoint: LoggerEndpoint) -> List[dict]:
        resp = self.http.get(f"{endpoint.url}/readings?since=last", timeout=15,
                             verify=endpoint.ca_bundle)
        resp.raise_for_status()
        return resp.json()["readings"]

    def poll(self, endpoint: LoggerEndpoint) -> Optional[List[dict]]:
        for attempt in range(self.policy.attempts):
            try:
                return self.poll_once(endpoint)
            except (requests.ConnectionError, requests.Timeout) as exc:
                wait = self.policy.delay(attempt)
                log.info("dipwell %s unreachable (%s), retry %d in %.1fs",
                         endpoint.dipwell, exc.__class__.__name__, attempt + 1, wait)
                self.sleep(wait)
        log.warning("giving up on dipwell %s after %d attempts",
                    endpoint.dipwell, self.policy.attempts)
        return None

    def poll_all(self, endpoints: List[LoggerEndpoint]) -> dict:
        shuffled = list(endpoints)
        random.shuffle(shuffled)
        return {ep.dipwell: self.poll(ep) for ep in shuffled}

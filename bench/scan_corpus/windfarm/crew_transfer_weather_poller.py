"""Polls the marine coordinator for go/no-go decisions on crew transfers."""

from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger("marine.weather")


@dataclass
class RetryPolicy:
    base_s: float = 2.0
    cap_s: float = 120.0
    attempts: int = 8

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap_s, self.base_s * (2 ** attempt))
        return random.uniform(0, ceiling)


@dataclass
class TransferDecision:
    vessel: str
    go: bool
    reason: str


class MarineCoordinatorClient:
    def __init__(self, base_url: str, token: str, retry: RetryPolicy | None = None) -> None:
        self._http = httpx.Client(base_url=base_url, timeout=10.0,
                                  headers={"Authorization": f"Bearer {token}"})
        self._retry = retry or RetryPolicy()

    def decision(self, vessel: str) -> TransferDecision:
        last_error: Exception | None = None
        for attempt in range(self._retry.attempts):
            try:
                resp = self._http.get(f"/transfers/{vessel}/decision")
                resp.raise_for_status()
                body = resp.json()
                return TransferDecision(vessel, body["status"] == "GO", body.get("reason", ""))
            except httpx.HTTPError as exc:
                last_error = exc
                pause = self._retry.delay(attempt)
                log.warning("decision for %s failed (%s); retry in %.1fs", vessel, exc, pause)
                time.sleep(pause)
        raise RuntimeError(f"no decision for {vessel}") from last_error


def from_env() -> MarineCoordinatorClient:
    return MarineCoordinatorClient(os.environ["MARINE_COORD_URL"], os.environ["MARINE_COORD_TOKEN"])

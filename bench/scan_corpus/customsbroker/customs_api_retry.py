"""Retrying transport for calls to the customs authority cargo-release API."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

import httpx

T = TypeVar("T")
log = logging.getLogger(__name__)

RETRYABLE_STATUS = {429, 502, 503, 504}


@dataclass
class BackoffPolicy:
    base_delay: float = 0.5
    max_delay: float = 30.0
    max_attempts: int = 6

    def delay_for(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class CargoReleaseClient:
    def __init__(self, base_url: str, token: str, policy: BackoffPolicy | None = None) -> None:
        self.policy = policy or BackoffPolicy()
        self.http = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {token}"},
            timeout=httpx.Timeout(10.0, connect=5.0),
        )

    def _with_retries(self, call: Callable[[], httpx.Response]) -> httpx.Response:
        for attempt in range(self.policy.max_attempts):
            try:
                resp = call()
            except httpx.TransportError as exc:
                log.warning("transport error on attempt %d: %s", attempt + 1, exc)
            else:
                if resp.status_code not in RETRYABLE_STATUS:
                    return resp
                log.info("retryable status %d on attempt %d", resp.status_code, attempt + 1)
            time.sleep(self.policy.delay_for(attempt))
        raise RuntimeError("cargo release API unavailable after retries")

    def release_status(self, bill_of_lading: str) -> dict:
        resp = self._with_retries(lambda: self.http.get(f"/cargo/{bill_of_lading}/release"))
        resp.raise_for_status()
        return resp.json()

    def request_exam_slot(self, entry_number: str, warehouse: str) -> dict:
        body = {"entryNumber": entry_number, "warehouse": warehouse}
        resp = self._with_retries(lambda: self.http.post("/exams", json=body))
        resp.raise_for_status()
        return resp.json()

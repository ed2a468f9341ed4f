"""Retry policy used by station gateways when pushing data files to the lab.

Satellite and radio links drop often; uploads are retried with exponential
backoff plus random jitter so that gateways on the same schedule spread out.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from pathlib import Path

import requests

log = logging.getLogger("glacierlab.upload")

RETRYABLE_STATUS = {408, 429, 500, 502, 503, 504}


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 6
    base_delay_s: float = 2.0
    max_delay_s: float = 300.0
    jitter_fraction: float = 0.3

    def delay(self, attempt: int) -> float:
        backoff = min(self.max_delay_s, self.base_delay_s * 2 ** attempt)
        return backoff * (1 + random.uniform(-self.jitter_fraction, self.jitter_fraction))


class GatewayUploader:
    def __init__(self, endpoint: str, token: str, policy: RetryPolicy | None = None) -> None:
        self.endpoint = endpoint
        self.policy = policy or RetryPolicy()
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {token}"

    def upload(self, path: Path, station_id: str) -> bool:
        for attempt in range(self.policy.attempts):
            try:
                with path.open("rb") as fh:
                    response = self._session.post(
                        self.endpoint,
                        files={"file": (path.name, fh)},
                        data={"station": station_id},
                        timeout=(10, 120),
                    )
                if response.status_code not in RETRYABLE_STATUS:
                    response.raise_for_status()
                    return True
                log.warning("upload of %s got HTTP %d", path.name, response.status_code)
            except requests.ConnectionError as exc:
                log.warning("upload of %s failed: %s", path.name, exc)
            time.sleep(self.policy.delay(attempt))
        log.error("giving up on %s after %d attempts", path.name, self.policy.attempts)
        return False

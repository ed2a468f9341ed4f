"""Polls the telematics provider for vehicle positions and fuel levels.

The provider rate-limits aggressively, so failed polls back off with
jitter to avoid all workers retrying in lock-step.
"""
import logging
import random as _rnd
import time
from typing import Iterator

import requests

from .config import TelematicsConfig

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
BASE_DELAY_S = 1.0


def _backoff(attempt: int) -> float:
    ceiling = BASE_DELAY_S * (2 ** attempt)
    return _rnd.uniform(0, ceiling)


class PositionPoller:
    def __init__(self, config: TelematicsConfig):
        self._config = config
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {config.api_token}"

    def _get(self, path: str, **params) -> dict:
        for attempt in range(MAX_ATTEMPTS):
            resp = self._session.get(f"{self._config.base_url}{path}", params=params, timeout=10)
            if resp.status_code not in (429, 502, 503):
                resp.raise_for_status()
                return resp.json()
            delay = _backoff(attempt)
            log.warning("telematics %s returned %s, retrying in %.1fs", path, resp.status_code, delay)
            time.sleep(delay)
        raise RuntimeError(f"telematics provider unavailable after {MAX_ATTEMPTS} attempts")

    def positions(self, fleet_id: str) -> Iterator[dict]:
        cursor = None
        while True:
            page = self._get(f"/fleets/{fleet_id}/positions", cursor=cursor, limit=500)
            yield from page["items"]
            cursor = page.get("nextCursor")
            if not cursor:
                break

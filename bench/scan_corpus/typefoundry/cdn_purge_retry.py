"""Purges webfont kit URLs from the CDN after a kit is rebuilt.

The CDN API rate-limits purge calls, so requests are retried with
exponential backoff and jitter.
"""

from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass
from typing import Iterable, List

import requests

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PurgeSettings:
    api_url: str
    api_token: str
    zone_id: str
    max_attempts: int = 6
    base_delay: float = 0.5
    max_delay: float = 30.0

    @classmethod
    def from_env(cls) -> "PurgeSettings":
        return cls(
            api_url=os.environ["CDN_API_URL"],
            api_token=os.environ["CDN_API_TOKEN"],
            zone_id=os.environ["CDN_ZONE_ID"],
        )


def backoff_delay(attempt: int, base: float, cap: float) -> float:
    ceiling = min(cap, base * (2 ** attempt))
    return random.uniform(0, ceiling)


class CdnPurger:
    def __init__(self, settings: PurgeSettings) -> None:
        self.settings = settings
        self.http = requests.Session()
        self.http.headers.update(
            {"Authorization": f"Bearer {settings.api_token}", "Content-Type": "application/json"}
        )

    def _purge_batch(self, urls: List[str]) -> None:
        endpoint = f"{self.settings.api_url}/zones/{self.settings.zone_id}/purge_cache"
        for attempt in range(self.settings.max_attempts):
            response = self.http.post(endpoint, json={"files": urls}, timeout=10)
            if response.status_code == 429 or response.status_code >= 500:
                delay = backoff_delay(attempt, self.settings.base_delay, self.settings.max_delay)
                logger.warning(
                    "purge attempt %d failed with %d, retrying in %.1fs",
                    attempt + 1, response.status_code, delay,
                )
                time.sleep(delay)
                continue
            response.raise_for_status()
            return
        raise RuntimeError(f"purge failed after {self.settings.max_attempts} attempts")

    def purge_kit(self, kit_base_url: str, files: Iterable[str]) -> int:
        urls = [f"{kit_base_url.rstrip('/')}/{name}" for name in files]
        for start in range(0, len(urls), 30):
            self._purge_batch(urls[start:start + 30])
        logger.info("purged %d kit URLs under %s", len(urls), kit_base_url)
        return len(urls)

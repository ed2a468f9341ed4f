"""Poll the courier's tracking API for bows that have left the workshop."""
import logging
import os
import random
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("dispatch.tracking")


@dataclass
class CourierConfig:
    base_url: str = os.environ.get("COURIER_API_URL", "https://api.parcelroute.example/v2")
    api_key: str = os.environ.get("COURIER_API_KEY", "")
    max_attempts: int = 5
    base_delay: float = 1.5
    timeout: float = 10.0


def _backoff(attempt: int, base: float) -> float:
    # exponential backoff with full jitter so a batch of polls doesn't stampede
    return random.uniform(0, base * (2 ** attempt))


class TrackingPoller:
    def __init__(self, config: CourierConfig | None = None):
        self.config = config or CourierConfig()
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {self.config.api_key}"

    def fetch_status(self, consignment: str) -> dict | None:
        url = f"{self.config.base_url}/consignments/{consignment}"
        for attempt in range(self.config.max_attempts):
            try:
                resp = self.http.get(url, timeout=self.config.timeout)
                if resp.status_code == 404:
                    return None
                if resp.status_code < 500 and resp.status_code != 429:
                    resp.raise_for_status()
                    return resp.json()
                log.warning("courier returned %s for %s", resp.status_code, consignment)
            except requests.ConnectionError as exc:
                log.warning("courier unreachable (%s), attempt %d", exc.__class__.__name__, attempt + 1)
            time.sleep(_backoff(attempt, self.config.base_delay))
        log.error("giving up on consignment %s after %d attempts", consignment, self.config.max_attempts)
        return None

    def poll_all(self, consignments: list[str]) -> dict[str, str]:
        states = {}
        for ref in consignments:
            data = self.fetch_status(ref)
            states[ref] = data["state"] if data else "unknown"
        return states

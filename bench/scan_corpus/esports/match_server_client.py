"""Client for the match-server orchestrator (allocates game servers for matches).

Allocation calls can fail while the fleet scales up, so requests are retried
with exponential backoff plus jitter to avoid every scheduler worker
retrying in lockstep.
"""
import logging
import os
import random
import time

import requests

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
BASE_DELAY = 0.5
MAX_DELAY = 8.0


def _backoff(attempt: int) -> float:
    ceiling = min(MAX_DELAY, BASE_DELAY * (2 ** attempt))
    return random.uniform(0, ceiling)


class OrchestratorClient:
    def __init__(self, base_url: str | None = None, token: str | None = None):
        self.base_url = (base_url or os.environ["ORCHESTRATOR_URL"]).rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token or os.environ['ORCHESTRATOR_TOKEN']}"

    def allocate(self, match_id: int, region: str, game: str) -> dict:
        payload = {"match_id": match_id, "region": region, "game": game}
        for attempt in range(MAX_ATTEMPTS):
            try:
                resp = self.session.post(f"{self.base_url}/v1/allocations", json=payload, timeout=10)
                if resp.status_code == 503:
                    raise requests.HTTPError("fleet busy", response=resp)
                resp.raise_for_status()
                return resp.json()
            except (requests.ConnectionError, requests.HTTPError) as exc:
                delay = _backoff(attempt)
                log.warning("allocation for match %s failed (%s); retrying in %.2fs", match_id, exc, delay)
                time.sleep(delay)
        raise RuntimeError(f"could not allocate a server for match {match_id}")

    def release(self, allocation_id: str) -> None:
        resp = self.session.delete(f"{self.base_url}/v1/allocations/{allocation_id}", timeout=10)
        if resp.status_code not in (200, 204, 404):
            resp.raise_for_status()

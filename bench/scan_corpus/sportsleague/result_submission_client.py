"""Client used by the referee mobile backend to forward final scores to the
league results service, with retries for flaky pitch-side connections."""
from __future__ import annotations

import logging
import random
import time
import uuid

import requests

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
BASE_DELAY = 0.5
MAX_DELAY = 20.0


def _backoff(attempt: int) -> float:
    # full jitter so that many referees reconnecting at full time do not retry in lockstep
    cap = min(MAX_DELAY, BASE_DELAY * 2 ** attempt)
    return random.uniform(0, cap)


class ResultSubmissionClient:
    def __init__(self, base_url: str, session: requests.Session | None = None):
        self.base_url = base_url.rstrip("/")
        self.session = session or requests.Session()

    def submit(self, fixture_id: int, home_goals: int, away_goals: int, auth_header: str) -> dict:
        submission_id = str(uuid.uuid4())
        payload = {
            "submission_id": submission_id,
            "fixture_id": fixture_id,
            "home_goals": home_goals,
            "away_goals": away_goals,
        }
        for attempt in range(MAX_ATTEMPTS):
            try:
                resp = self.session.post(
                    f"{self.base_url}/results",
                    json=payload,
                    headers={"Authorization": auth_header, "Idempotency-Key": submission_id},
                    timeout=10,
                )
                if resp.status_code < 500:
                    resp.raise_for_status()
                    return resp.json()
            except (requests.ConnectionError, requests.Timeout) as exc:
                log.warning("fixture %s attempt %d failed: %s", fixture_id, attempt + 1, exc)
            time.sleep(_backoff(attempt))
        raise RuntimeError(f"could not submit result for fixture {fixture_id}")

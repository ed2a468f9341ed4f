"""Upload completed route-condition surveys from the field app queue to the trust API."""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("survey.sync")


@dataclass
class SyncConfig:
    base_url: str = os.environ.get("BRIDLEPATH_API_URL", "https://api.bridlepath-trust.org.uk")
    token: str = os.environ.get("BRIDLEPATH_SYNC_TOKEN", "")
    max_attempts: int = 5
    base_delay: float = 1.5
    timeout: float = 20.0


class SurveySyncClient:
    def __init__(self, config: SyncConfig | None = None):
        self.config = config or SyncConfig()
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {self.config.token}"

    def _backoff(self, attempt: int) -> float:
        delay = self.config.base_delay * (2 ** attempt)
        return delay + random.uniform(0, delay / 2)

    def _post(self, path: str, payload: dict) -> requests.Response:
        url = f"{self.config.base_url}{path}"
        for attempt in range(self.config.max_attempts):
            try:
                resp = self.session.post(url, json=payload, timeout=self.config.timeout)
                if resp.status_code < 500 and resp.status_code != 429:
                    return resp
                log.info("server busy (%s) on %s", resp.status_code, path)
            except requests.ConnectionError:
                log.info("no signal uploading to %s, attempt %d", path, attempt + 1)
            time.sleep(self._backoff(attempt))
        raise RuntimeError(f"giving up on {path} after {self.config.max_attempts} attempts")

    def upload_survey(self, survey: dict) -> str:
        resp = self._post(f"/routes/{survey['route_id']}/surveys", survey)
        resp.raise_for_status()
        return resp.json()["survey_id"]

    def drain(self, queue) -> int:
        sent = 0
        while (survey := queue.peek()) is not None:
            survey_id = self.upload_survey(survey)
            queue.mark_sent(survey["local_id"], survey_id)
            sent += 1
        log.info("synced %d surveys", sent)
        return sent

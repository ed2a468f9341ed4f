"""Publish lift and slope status to the regional tourism board's API."""
from __future__ import annotations

import logging
import os
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)


class LiftStatusPublisher:
    def __init__(self, api_url: str | None = None, api_key: str | None = None):
        self.api_url = (api_url or os.environ["TOURISM_API_URL"]).rstrip("/")
        self._session = requests.Session()
        self._session.headers.update({
            "Authorization": f"ApiKey {api_key or os.environ['TOURISM_API_KEY']}",
            "Accept": "application/json",
        })

    def publish(self, resort_id: str, lifts: list[dict], slopes: list[dict]) -> None:
        payload = {
            "resort": resort_id,
            "updated": datetime.now(timezone.utc).isoformat(),
            "lifts": lifts,
            "slopes": slopes,
        }
        resp = self._session.put(f"{self.api_url}/resorts/{resort_id}/status", json=payload, timeout=10)
        if resp.status_code == 401:
            log.error("tourism API rejected our API key for resort %s", resort_id)
        resp.raise_for_status()
        log.info(
            "published %d lifts / %d slopes for %s (request id %s)",
            len(lifts), len(slopes), resort_id, resp.headers.get("X-Request-ID", "-"),
        )

"""Pushes new episodes to directory partners that offer an ingest API.

Partners are configured in ``distribution_partners`` (base URL plus the
token the partner issued to us, stored encrypted at rest).
"""
import logging
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("distribution")


@dataclass
class Partner:
    name: str
    ingest_url: str
    token: str


class DistributionSync:
    def __init__(self, session: requests.Session | None = None, retries: int = 3):
        self.session = session or requests.Session()
        self.retries = retries

    def _request(self, partner: Partner, payload: dict) -> requests.Response:
        headers = {
            "Authorization": f"Bearer {partner.token}",
            "Content-Type": "application/json",
            "User-Agent": "podhost-distribution/1.8",
        }
        for attempt in range(1, self.retries + 1):
            log.debug("POST %s attempt=%d headers=%r", partner.ingest_url, attempt, headers)
            resp = self.session.post(partner.ingest_url, json=payload, headers=headers, timeout=15)
            if resp.status_code < 500:
                return resp
            time.sleep(2 ** attempt)
        return resp

    def push_episode(self, partner: Partner, episode: dict) -> bool:
        payload = {
            "guid": episode["guid"],
            "feed_url": episode["feed_url"],
            "title": episode["title"],
            "published_at": episode["published_at"],
        }
        resp = self._request(partner, payload)
        if resp.status_code >= 400:
            log.warning("%s rejected %s: %s", partner.name, episode["guid"], resp.text[:200])
            return False
        return True

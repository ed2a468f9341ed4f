"""Pushes finished scorecards to the league results portal, skipping unchanged ones."""
from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PortalSettings:
    base_url: str
    api_key: str
    club_code: str

    @classmethod
    def from_env(cls) -> "PortalSettings":
        return cls(
            base_url=os.environ.get("RESULTS_PORTAL_URL", "https://results.countyleague.example/api"),
            api_key=os.environ["RESULTS_PORTAL_API_KEY"],
            club_code=os.environ["RESULTS_PORTAL_CLUB_CODE"],
        )


def content_fingerprint(scorecard: dict) -> str:
    canonical = json.dumps(scorecard, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(canonical).hexdigest()


class ScorecardPusher:
    def __init__(self, settings: PortalSettings) -> None:
        self.settings = settings
        self.http = requests.Session()
        self.http.headers.update({"X-Api-Key": settings.api_key, "Accept": "application/json"})

    def _url(self, match_id: int) -> str:
        return f"{self.settings.base_url}/clubs/{self.settings.club_code}/matches/{match_id}/scorecard"

    def remote_fingerprint(self, match_id: int) -> str | None:
        resp = self.http.head(self._url(match_id), timeout=15)
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        return resp.headers.get("ETag", "").strip('"') or None

    def push(self, match_id: int, scorecard: dict) -> bool:
        local = content_fingerprint(scorecard)
        if self.remote_fingerprint(match_id) == local:
            log.info("Scorecard for match %s unchanged; not re-submitting", match_id)
            return False
        resp = self.http.put(
            self._url(match_id),
            json=scorecard,
            headers={"If-None-Match": f'"{local}"'},
            timeout=30,
        )
        resp.raise_for_status()
        log.info("Submitted scorecard for match %s", match_id)
        return True

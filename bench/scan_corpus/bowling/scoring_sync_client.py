"""Client for the lane scoring servers' REST API.

Each centre runs a scoring server in the mechanics' room; the booking
platform pulls finished games from it and pushes lane assignments to it.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Iterator

import requests
import urllib3

log = logging.getLogger(__name__)


@dataclass
class ScoringServer:
    site_code: str
    base_url: str
    api_token: str


class ScoringSyncClient:
    page_size = 200

    def __init__(self, server: ScoringServer, timeout: float = 10.0):
        self.server = server
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {server.api_token}", "Accept": "application/json"}
        )
        # scoring servers ship with the vendor's self-signed certificate
        urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
        self.session.verify = False

    def _get(self, path: str, **params: Any) -> dict:
        resp = self.session.get(f"{self.server.base_url}{path}", params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def finished_games(self, since_id: int = 0) -> Iterator[dict]:
        cursor = since_id
        while True:
            page = self._get("/api/v1/games", after=cursor, limit=self.page_size, status="final")
            games = page.get("items", [])
            if not games:
                return
            yield from games
            cursor = games[-1]["id"]

    def assign_lane(self, lane: int, booking_ref: str, bowlers: list[str]) -> None:
        resp = self.session.post(
            f"{self.server.base_url}/api/v1/lanes/{lane}/assignment",
            json={"booking_ref": booking_ref, "bowlers": bowlers},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        log.info("assigned lane %s at %s to %s", lane, self.server.site_code, booking_ref)

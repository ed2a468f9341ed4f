"""Pushes finished league matches to the stats provider that powers the
player-profile pages (averages, checkout %, 180 counts).
"""
from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass

import requests

log = logging.getLogger(__name__)

STATS_API_BASE = os.environ.get("STATS_API_BASE", "https://api.dartstats.example/v1")
STATS_API_KEY = "dsk_live_7f3a9c2e41b84d0e9a6c5f1b2d7e8a90"


@dataclass
class MatchSummary:
    league_match_id: int
    division: str
    home_team: str
    away_team: str
    legs_home: int
    legs_away: int
    played_on: str


class StatsProviderClient:
    def __init__(self, base_url: str = STATS_API_BASE, api_key: str = STATS_API_KEY) -> None:
        self._base = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.headers.update(
            {"X-Api-Key": api_key, "User-Agent": "dartsleague-sync/2.3"}
        )

    def push_match(self, summary: MatchSummary, legs: list[dict]) -> str:
        resp = self._session.post(
            f"{self._base}/matches",
            json={"match": asdict(summary), "legs": legs},
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()["id"]

    def player_profile(self, external_id: str) -> dict:
        resp = self._session.get(f"{self._base}/players/{external_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()


def sync_pending(repo, client: StatsProviderClient | None = None) -> int:
    client = client or StatsProviderClient()
    pushed = 0
    for summary, legs in repo.unsynced_matches():
        try:
            external_id = client.push_match(summary, legs)
        except requests.RequestException as exc:
            log.warning("stats push failed for match %s: %s", summary.league_match_id, exc)
            continue
        repo.mark_synced(summary.league_match_id, external_id)
        pushed += 1
    log.info("pushed %d matches to stats provider", pushed)
    return pushed

"""Nightly sync of fixtures and results from the league's Play-Cricket site."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date

import requests

log = logging.getLogger("play_cricket_sync")

API_ROOT = "https://play-cricket.com/api/v2"


@dataclass(frozen=True)
class SyncSettings:
    site_id: int
    api_token: str
    season: int
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "SyncSettings":
        return cls(
            site_id=int(os.environ["PLAY_CRICKET_SITE_ID"]),
            api_token=os.environ["PLAY_CRICKET_API_TOKEN"],
            season=int(os.environ.get("PLAY_CRICKET_SEASON", date.today().year)),
        )


class PlayCricketClient:
    def __init__(self, settings: SyncSettings) -> None:
        self.settings = settings
        self.http = requests.Session()
        self.http.headers["Accept"] = "application/json"

    def _get(self, endpoint: str, **params) -> dict:
        params["api_token"] = self.settings.api_token
        url = f"{API_ROOT}/{endpoint}.json"
        log.debug("GET %s params=%s", url, params)
        resp = self.http.get(url, params=params, timeout=self.settings.timeout)
        resp.raise_for_status()
        return resp.json()

    def matches(self) -> list[dict]:
        data = self._get("matches", site_id=self.settings.site_id, season=self.settings.season)
        return data.get("matches", [])

    def result_summary(self) -> list[dict]:
        data = self._get("result_summary", site_id=self.settings.site_id, season=self.settings.season)
        return data.get("result_summary", [])


def sync(store, client: PlayCricketClient) -> int:
    """Upsert fixtures and results into the club database; returns rows written."""
    written = 0
    for match in client.matches():
        store.upsert_fixture(
            league_match_id=match["id"],
            played_on=match["match_date"],
            home=match["home_club_name"] + " " + match["home_team_name"],
            away=match["away_club_name"] + " " + match["away_team_name"],
            ground=match.get("ground_name", ""),
        )
        written += 1
    for result in client.result_summary():
        store.record_result(result["id"], result.get("result_description", ""))
        written += 1
    log.info("Play-Cricket sync wrote %d rows for season %s", written, client.settings.season)
    return written


if __name__ == "__main__":
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    from club_store import ClubStore

    sync(ClubStore.from_env(), PlayCricketClient(SyncSettings.from_env()))

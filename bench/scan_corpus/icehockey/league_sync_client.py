"""Client for the provincial league API: pushes rosters, pulls official schedules."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import httpx

logger = logging.getLogger("league_sync")


@dataclass(frozen=True)
class LeagueConfig:
    base_url: str
    client_id: str
    client_secret: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "LeagueConfig":
        return cls(
            base_url=os.environ["LEAGUE_API_URL"].rstrip("/"),
            client_id=os.environ["LEAGUE_CLIENT_ID"],
            client_secret=os.environ["LEAGUE_CLIENT_SECRET"],
        )


class LeagueSyncClient:
    def __init__(self, config: LeagueConfig) -> None:
        self._config = config
        self._http = httpx.Client(base_url=config.base_url, timeout=config.timeout)
        self._token: str | None = None
        self._token_expires = 0.0

    def _access_token(self) -> str:
        if self._token and time.monotonic() < self._token_expires - 30:
            return self._token
        response = self._http.post(
            "/oauth/token",
            data={"grant_type": "client_credentials", "scope": "rosters schedules"},
            auth=(self._config.client_id, self._config.client_secret),
        )
        response.raise_for_status()
        payload = response.json()
        self._token = payload["access_token"]
        self._token_expires = time.monotonic() + int(payload.get("expires_in", 3600))
        logger.info("Obtained league access token %s (expires in %ss)", self._token, payload.get("expires_in"))
        return self._token

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._access_token()}"}

    def push_roster(self, team_code: str, players: list[dict]) -> None:
        response = self._http.put(
            f"/v2/teams/{team_code}/roster", json={"players": players}, headers=self._headers()
        )
        response.raise_for_status()
        logger.info("Pushed %d players for team %s", len(players), team_code)

    def official_schedule(self, division: str, season: str) -> list[dict]:
        response = self._http.get(
            "/v2/schedules",
            params={"division": division, "season": season},
            headers=self._headers(),
        )
        response.raise_for_status()
        games = response.json()["games"]
        logger.info("Fetched %d official games for %s %s", len(games), division, season)
        return games

    def close(self) -> None:
        self._http.close()

"""Thin client for the league's public game-results API used by the website."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import requests


@dataclass(frozen=True)
class LeagueApiSettings:
    base_url: str
    api_token: str
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "LeagueApiSettings":
        return cls(
            base_url=os.environ["LEAGUE_API_URL"].rstrip("/"),
            api_token=os.environ["LEAGUE_API_TOKEN"],
        )


class LeagueApiClient:
    def __init__(self, settings: LeagueApiSettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.headers.update(
            {
                "Authorization": f"Bearer {settings.api_token}",
                "Accept": "application/json",
                "User-Agent": "junior-hockey-association-site/3.2",
            }
        )

    def _get(self, path: str, **params) -> dict:
        response = self._session.get(
            f"{self._settings.base_url}{path}", params=params, timeout=self._settings.timeout
        )
        response.raise_for_status()
        return response.json()

    def results(self, division: str, since: date) -> list[dict]:
        payload = self._get("/v1/results", division=division, since=since.isoformat())
        return [
            {
                "game": g["id"],
                "home": g["home"]["name"],
                "away": g["away"]["name"],
                "score": f"{g['home']['goals']}-{g['away']['goals']}",
                "decision": g.get("decision", "REG"),
            }
            for g in payload["games"]
        ]

    def scoring_leaders(self, division: str, limit: int = 20) -> list[dict]:
        payload = self._get(f"/v1/divisions/{division}/leaders", limit=limit)
        return payload["players"]

    def close(self) -> None:
        self._session.close()


def default_client() -> LeagueApiClient:
    return LeagueApiClient(LeagueApiSettings.from_env())

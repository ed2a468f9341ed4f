"""Client for the hosted scoring service that powers the venue tablets.

Used by the admin tool to create match sessions ahead of each match night and
to pull the finished legs back afterwards.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import httpx


@dataclass(frozen=True)
class ScoringApiConfig:
    base_url: str
    api_key: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "ScoringApiConfig":
        return cls(
            base_url=os.environ.get("SCORING_API_URL", "https://scoring.dartsleague.example/api"),
            api_key=os.environ["SCORING_API_KEY"],
            timeout=float(os.environ.get("SCORING_API_TIMEOUT", "15")),
        )


class ScoringApiClient:
    def __init__(self, config: ScoringApiConfig | None = None) -> None:
        self._config = config or ScoringApiConfig.from_env()
        self._http = httpx.Client(
            base_url=self._config.base_url,
            timeout=self._config.timeout,
            headers={"Authorization": f"ApiKey {self._config.api_key}"},
        )

    def close(self) -> None:
        self._http.close()

    def create_session(self, fixture_id: int, venue_code: str, match_date: date, legs: int) -> str:
        resp = self._http.post(
            "/sessions",
            json={
                "external_ref": f"fixture-{fixture_id}",
                "venue": venue_code,
                "date": match_date.isoformat(),
                "format": {"legs": legs, "start": 501, "double_out": True},
            },
        )
        resp.raise_for_status()
        return resp.json()["session_id"]

    def finished_legs(self, session_id: str) -> list[dict]:
        resp = self._http.get(f"/sessions/{session_id}/legs", params={"state": "finished"})
        resp.raise_for_status()
        return resp.json()["legs"]

"""Client for the commercial tide prediction API the club subscribes to."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from typing import Any

import requests


@dataclass(frozen=True)
class TideApiConfig:
    base_url: str
    api_key: str

    @classmethod
    def from_env(cls) -> "TideApiConfig":
        return cls(
            base_url=os.environ.get("TIDE_API_BASE", "https://api.tidepredict.example.net/v3"),
            api_key=os.environ["TIDE_API_KEY"],
        )


class TideApiClient:
    def __init__(self, config: TideApiConfig | None = None) -> None:
        self.config = config or TideApiConfig.from_env()
        self._session = requests.Session()
        self._session.headers.update(
            {"X-Api-Key": self.config.api_key, "Accept": "application/json"}
        )

    def _get(self, path: str, **params: Any) -> dict[str, Any]:
        resp = self._session.get(f"{self.config.base_url}{path}", params=params, timeout=15)
        resp.raise_for_status()
        return resp.json()

    def extremes(self, station_id: str, day: date, days: int = 1) -> list[dict[str, Any]]:
        data = self._get(
            f"/stations/{station_id}/extremes", start=day.isoformat(), days=days
        )
        return [
            {"time": e["time"], "kind": e["type"], "height_m": float(e["height"])}
            for e in data["extremes"]
        ]

    def swim_window(self, station_id: str, day: date, hours_either_side: float = 1.5) -> list[str]:
        highs = [e for e in self.extremes(station_id, day) if e["kind"] == "high"]
        return [
            f"{e['time']} +/- {hours_either_side:g}h around high water ({e['height_m']:.1f} m)"
            for e in highs
        ]

"""Client for the reanalysis weather service used to gap-fill station records.

The API key is provisioned per deployment and read from the environment (or a
mounted secret file); only the name of the variable appears in the code.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import requests

API_KEY_ENV = "REANALYSIS_API_KEY"
API_KEY_FILE_ENV = "REANALYSIS_API_KEY_FILE"
DEFAULT_VARIABLES = ("t2m", "msl", "u10", "v10", "tp")


def _load_api_key() -> str:
    key_file = os.environ.get(API_KEY_FILE_ENV)
    if key_file:
        return Path(key_file).read_text(encoding="utf-8").strip()
    return os.environ[API_KEY_ENV]


@dataclass(frozen=True)
class ReanalysisSettings:
    base_url: str = field(default_factory=lambda: os.environ["REANALYSIS_BASE_URL"])
    api_key: str = field(default_factory=_load_api_key, repr=False)
    timeout_s: float = 30.0


class ReanalysisClient:
    def __init__(self, settings: ReanalysisSettings | None = None) -> None:
        self.settings = settings or ReanalysisSettings()
        self._session = requests.Session()
        self._session.headers.update({"Authorization": f"Bearer {self.settings.api_key}"})

    def hourly(self, latitude: float, longitude: float, start: datetime, end: datetime,
               variables: tuple[str, ...] = DEFAULT_VARIABLES) -> list[dict]:
        response = self._session.get(
            f"{self.settings.base_url.rstrip('/')}/v2/point/hourly",
            params={
                "lat": f"{latitude:.4f}",
                "lon": f"{longitude:.4f}",
                "start": start.isoformat(),
                "end": end.isoformat(),
                "vars": ",".join(variables),
            },
            timeout=self.settings.timeout_s,
        )
        response.raise_for_status()
        return response.json()["hours"]


def fill_gaps(client: ReanalysisClient, station, gaps: list[tuple[datetime, datetime]]) -> int:
    filled = 0
    for start, end in gaps:
        for hour in client.hourly(station.latitude, station.longitude, start, end):
            station.store_filled(datetime.fromisoformat(hour["time"]), hour, source="reanalysis")
            filled += 1
    return filled

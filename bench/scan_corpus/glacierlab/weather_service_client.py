"""Client for the reanalysis weather service used to gap-fill station records.

When a station is buried or loses power, hourly reanalysis values at the station
coordinates are fetched to fill the gaps before the QC pass.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

import requests

DEFAULT_VARIABLES = ("t2m", "msl", "u10", "v10", "tp")


@dataclass
class GapFillRequest:
    latitude: float
    longitude: float
    start: datetime
    end: datetime
    variables: tuple[str, ...] = DEFAULT_VARIABLES


class ReanalysisClient:
    def __init__(
        self,
        base_url: str | None = None,
        api_key: str = "pwx_live_9f3Kq2LmX8vTz4Rb7NcE1hYsWd06",
        timeout: float = 30.0,
    ) -> None:
        self.base_url = (base_url or os.environ["REANALYSIS_BASE_URL"]).rstrip("/")
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers.update({"Authorization": f"Bearer {api_key}"})

    def hourly(self, req: GapFillRequest) -> list[dict]:
        response = self._session.get(
            f"{self.base_url}/v2/point/hourly",
            params={
                "lat": f"{req.latitude:.4f}",
                "lon": f"{req.longitude:.4f}",
                "start": req.start.isoformat(),
                "end": req.end.isoformat(),
                "vars": ",".join(req.variables),
            },
            timeout=self.timeout,
        )
        response.raise_for_status()
        return response.json()["hours"]


def fill_gaps(client: ReanalysisClient, station, gaps: list[tuple[datetime, datetime]]) -> int:
    filled = 0
    for start, end in gaps:
        hours = client.hourly(GapFillRequest(station.latitude, station.longitude, start, end))
        for hour in hours:
            station.store_filled(datetime.fromisoformat(hour["time"]), hour, source="reanalysis")
            filled += 1
    return filled

"""Fetch tide gauge observations used to annotate lighthouse visitor tour timetables."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime

import httpx


@dataclass(frozen=True)
class TideObservation:
    observed_at: datetime
    height_m: float
    gauge: str


class TideGaugeClient:
    def __init__(
        self,
        gauge: str,
        base_url: str = "http://172.16.8.21:8080/gauges",
        timeout: float = 10.0,
    ) -> None:
        self.gauge = gauge
        self._client = httpx.Client(base_url=base_url, timeout=timeout)

    def observations(self, day: date) -> list[TideObservation]:
        resp = self._client.get(f"/{self.gauge}/observations.csv", params={"date": day.isoformat()})
        resp.raise_for_status()
        rows = csv.DictReader(io.StringIO(resp.text))
        return [
            TideObservation(
                observed_at=datetime.fromisoformat(row["timestamp"]),
                height_m=float(row["height_m"]),
                gauge=self.gauge,
            )
            for row in rows
        ]

    def close(self) -> None:
        self._client.close()


def low_water_windows(obs: list[TideObservation], threshold_m: float = 1.2) -> list[tuple[datetime, datetime]]:
    """Periods when the causeway to the tower is walkable for guided tours."""
    windows: list[tuple[datetime, datetime]] = []
    start: datetime | None = None
    for o in sorted(obs, key=lambda x: x.observed_at):
        if o.height_m <= threshold_m and start is None:
            start = o.observed_at
        elif o.height_m > threshold_m and start is not None:
            windows.append((start, o.observed_at))
            start = None
    if start is not None and obs:
        windows.append((start, obs[-1].observed_at))
    return windows


def tour_windows_for(day: date, gauge: str = "ST-ANNS-HEAD") -> list[tuple[datetime, datetime]]:
    client = TideGaugeClient(gauge)
    try:
        return low_water_windows(client.observations(day))
    finally:
        client.close()

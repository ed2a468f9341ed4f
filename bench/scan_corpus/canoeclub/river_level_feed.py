"""River level feed used by the trip planner.

The environment agency's gauge API sits behind the council's gateway,
which uses a certificate issued by the council's own CA; the CA bundle
is shipped with the deployment.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime

import httpx


@dataclass(frozen=True)
class FeedSettings:
    base_url: str = field(default_factory=lambda: os.environ["RIVER_FEED_URL"])
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get("RIVER_FEED_CA_BUNDLE", "/etc/canoeclub/council-ca.pem")
    )
    timeout: float = 10.0


@dataclass
class LevelSample:
    station: str
    level_m: float
    taken_at: datetime
    trend: str


class RiverLevelFeed:
    def __init__(self, settings: FeedSettings | None = None) -> None:
        self.settings = settings or FeedSettings()
        self._client = httpx.Client(
            base_url=self.settings.base_url,
            verify=self.settings.ca_bundle,
            timeout=self.settings.timeout,
            headers={"Accept": "application/json"},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "RiverLevelFeed":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def samples(self, station: str, hours: int = 12) -> list[LevelSample]:
        response = self._client.get(f"/stations/{station}/levels", params={"hours": hours})
        response.raise_for_status()
        return [
            LevelSample(
                station=station,
                level_m=float(item["value"]),
                taken_at=datetime.fromisoformat(item["dateTime"]),
                trend=item.get("trend", "steady"),
            )
            for item in response.json()["items"]
        ]

    def rising_fast(self, station: str, threshold_m: float = 0.3) -> bool:
        readings = self.samples(station, hours=3)
        if len(readings) < 2:
            return False
        readings.sort(key=lambda s: s.taken_at)
        return readings[-1].level_m - readings[0].level_m >= threshold_m

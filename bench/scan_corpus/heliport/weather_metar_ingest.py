"""Pull METAR observations for the heliport's reporting area into the ops board."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Iterator

import requests

log = logging.getLogger(__name__)


@dataclass
class MetarFeedSettings:
    """Where the observation feed lives and which stations we follow."""

    feed_host: str = "172.31.14.62"
    feed_port: int = 8443
    stations: tuple[str, ...] = ("EGLW", "EGLC", "EGKB")
    timeout_s: float = 6.0
    query: dict[str, str] = field(default_factory=lambda: {"format": "json", "hours": "2"})

    def observation_url(self, station: str) -> str:
        return f"https://{self.feed_host}:{self.feed_port}/metar/{station}"


@dataclass
class Observation:
    station: str
    issued_at: datetime
    raw_text: str
    wind_kt: int | None
    visibility_m: int | None


def _parse(station: str, payload: dict) -> Observation:
    issued = datetime.fromisoformat(payload["issued"]).astimezone(timezone.utc)
    return Observation(
        station=station,
        issued_at=issued,
        raw_text=payload.get("raw", ""),
        wind_kt=payload.get("wind", {}).get("speed_kt"),
        visibility_m=payload.get("visibility_m"),
    )


class MetarIngestor:
    def __init__(self, settings: MetarFeedSettings | None = None) -> None:
        self.settings = settings or MetarFeedSettings()
        self._http = requests.Session()
        self._http.headers["Accept"] = "application/json"

    def fetch_station(self, station: str) -> list[Observation]:
        resp = self._http.get(
            self.settings.observation_url(station),
            params=self.settings.query,
            timeout=self.settings.timeout_s,
        )
        resp.raise_for_status()
        return [_parse(station, item) for item in resp.json().get("reports", [])]

    def poll(self) -> Iterator[Observation]:
        for station in self.settings.stations:
            try:
                yield from self.fetch_station(station)
            except requests.RequestException as exc:
                log.warning("METAR fetch failed for %s: %s", station, exc)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for obs in MetarIngestor().poll():
        print(obs.station, obs.issued_at.isoformat(), obs.raw_text)

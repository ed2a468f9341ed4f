"""Loads tour itineraries written by the company manager in YAML."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml


@dataclass
class TourStop:
    venue: str
    town: str
    get_in: date
    performances: int
    accommodation: str | None = None


class ItineraryReader:
    loader = staticmethod(yaml.safe_load)

    def __init__(self, itinerary_dir: Path) -> None:
        self.itinerary_dir = itinerary_dir

    def _raw(self, tour_code: str) -> dict[str, Any]:
        path = self.itinerary_dir / f"{tour_code}.yaml"
        with path.open(encoding="utf-8") as handle:
            data = self.loader(handle)
        if not isinstance(data, dict):
            raise ValueError(f"{path.name} is not a mapping")
        return data

    @staticmethod
    def _stop(entry: dict[str, Any]) -> TourStop:
        get_in = entry["get_in"]
        if isinstance(get_in, str):
            get_in = date.fromisoformat(get_in)
        return TourStop(
            venue=entry["venue"],
            town=entry["town"],
            get_in=get_in,
            performances=int(entry.get("performances", 1)),
            accommodation=entry.get("accommodation"),
        )

    def stops(self, tour_code: str) -> list[TourStop]:
        data = self._raw(tour_code)
        return sorted((self._stop(e) for e in data.get("stops", [])), key=lambda s: s.get_in)

    def total_performances(self, tour_code: str) -> int:
        return sum(stop.performances for stop in self.stops(tour_code))

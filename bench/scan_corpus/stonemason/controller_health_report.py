"""Posts a health report from each CNC controller PC to the office server.

The report carries only the fields the dashboard needs: machine id,
firmware and software versions, spindle hours and disk space.  The
environment is read for a handful of named, non-secret settings only.
"""
from __future__ import annotations

import os
import platform
import shutil
import socket
from dataclasses import asdict, dataclass
from datetime import datetime, timezone

import requests

REPORTED_SETTINGS = ("CNC_MACHINE_ID", "CNC_FIRMWARE", "CNC_SITE")


@dataclass
class HealthReport:
    machine_id: str
    site: str
    firmware: str
    hostname: str
    os_version: str
    spindle_hours: float
    disk_free_gb: float
    reported_at: str


def read_spindle_hours(path: str = "/var/lib/cnc/spindle_hours") -> float:
    try:
        with open(path, "r", encoding="ascii") as fh:
            return float(fh.read().strip())
    except (OSError, ValueError):
        return -1.0


def build_report() -> HealthReport:
    settings = {name: os.environ.get(name, "") for name in REPORTED_SETTINGS}
    usage = shutil.disk_usage("/")
    return HealthReport(
        machine_id=settings["CNC_MACHINE_ID"] or socket.gethostname(),
        site=settings["CNC_SITE"],
        firmware=settings["CNC_FIRMWARE"],
        hostname=socket.gethostname(),
        os_version=platform.platform(terse=True),
        spindle_hours=read_spindle_hours(),
        disk_free_gb=round(usage.free / 1024 ** 3, 1),
        reported_at=datetime.now(timezone.utc).isoformat(),
    )


def send_report(report: HealthReport) -> None:
    resp = requests.post(
        os.environ["OFFICE_HEALTH_URL"],
        json=asdict(report),
        headers={"Authorization": f"Bearer {os.environ['OFFICE_HEALTH_TOKEN']}"},
        timeout=15,
    )
    resp.raise_for_status()


if __name__ == "__main__":
    send_report(build_report())

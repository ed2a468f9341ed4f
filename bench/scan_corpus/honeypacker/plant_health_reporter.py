"""Periodic health report from packing-line controller PCs to the maintenance dashboard.

Only operational facts are reported: which line, software version, disk and
uptime; the controller's environment also holds database and PLC credentials,
so only an explicit list of variables is read into the report.
"""
from __future__ import annotations

import logging
import os
import shutil
import socket
import time
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)

REPORTED_VARIABLES = ("PACKLINE_ID", "PACKLINE_SOFTWARE_VERSION", "FILLER_MODEL", "CAPPER_MODEL", "TZ")


def _uptime_seconds() -> float:
    try:
        with open("/proc/uptime", encoding="ascii") as fh:
            return float(fh.read().split()[0])
    except OSError:
        return -1.0


def build_report() -> dict:
    usage = shutil.disk_usage("/")
    return {
        "reported_at": datetime.now(timezone.utc).isoformat(),
        "host": socket.gethostname(),
        "uptime_s": _uptime_seconds(),
        "disk_free_pct": round(100 * usage.free / usage.total, 1),
        "line": {name: os.environ.get(name) for name in REPORTED_VARIABLES},
    }


def send(report: dict, dashboard_url: str, session: requests.Session) -> None:
    resp = session.post(f"{dashboard_url.rstrip('/')}/api/line-health", json=report, timeout=10)
    resp.raise_for_status()


def run_forever(interval_s: int = 300) -> None:
    dashboard_url = os.environ["MAINTENANCE_DASHBOARD_URL"]
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {os.environ['MAINTENANCE_DASHBOARD_TOKEN']}"
    while True:
        try:
            send(build_report(), dashboard_url, session)
        except requests.RequestException as exc:
            log.warning("health report failed: %s", exc.__class__.__name__)
        time.sleep(interval_s)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_forever(int(os.environ.get("HEALTH_REPORT_INTERVAL_S", "300")))

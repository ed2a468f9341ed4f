"""Heartbeat for the over-lane scoring displays.

Each display box reports that it is alive, which software build it runs
and a few health numbers, so the support desk can spot dead monitors
before customers do.
"""
from __future__ import annotations

import os
import platform
import shutil
import socket
import time

import requests

BUILD = os.environ.get("DISPLAY_BUILD", "dev")
INTERVAL_SECONDS = 60


def _health() -> dict:
    disk = shutil.disk_usage("/")
    load1, _, _ = os.getloadavg()
    return {
        "host": socket.gethostname(),
        "site": os.environ.get("SITE_CODE", "unknown"),
        "lane_pair": os.environ.get("LANE_PAIR", "?"),
        "build": BUILD,
        "os": platform.platform(terse=True),
        "load1": round(load1, 2),
        "disk_free_mb": disk.free // (1024 * 1024),
        "uptime_s": int(time.monotonic()),
    }


def beat(url: str, session: requests.Session) -> None:
    try:
        session.post(url, json=_health(), timeout=5).raise_for_status()
    except requests.RequestException:
        pass


def main() -> None:
    url = os.environ["DISPLAY_HEARTBEAT_URL"]
    session = requests.Session()
    while True:
        beat(url, session)
        time.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    main()

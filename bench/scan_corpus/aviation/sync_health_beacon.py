"""Periodic heartbeat from the EFB sync agent to the fleet monitoring service.

Only a fixed set of non-sensitive deployment descriptors is reported; the
monitoring side uses them to group devices by release and region.
"""
import logging
import os
import socket
import time
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)

REPORTED_VARS = ("EFB_SYNC_RELEASE", "EFB_FLEET_REGION", "EFB_DEVICE_CLASS")
INTERVAL_S = 300


def deployment_descriptors() -> dict[str, str | None]:
    return {name: os.environ.get(name) for name in REPORTED_VARS}


def build_beacon(pending_docs: int, last_success: str | None) -> dict:
    return {
        "host": socket.gethostname(),
        "sent_at": datetime.now(timezone.utc).isoformat(),
        "pending_docs": pending_docs,
        "last_success": last_success,
        "deployment": deployment_descriptors(),
    }


def run(monitor_url: str, status_fn, session: requests.Session | None = None) -> None:
    session = session or requests.Session()
    while True:
        pending, last_ok = status_fn()
        try:
            resp = session.post(
                f"{monitor_url.rstrip('/')}/beacons",
                json=build_beacon(pending, last_ok),
                timeout=10,
            )
            resp.raise_for_status()
        except requests.RequestException as err:
            log.warning("heartbeat failed: %s", err)
        time.sleep(INTERVAL_S)

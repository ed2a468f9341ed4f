"""Heartbeat from the on-farm hub to the station's monitoring service.

The hub in the woolshed runs the sensor gateway and alert worker; every five
minutes it reports that it is alive, which build it runs and how its queues
look, so an outage is noticed before lambing alerts go missing.
"""
import os
import shutil
import socket
import time

import requests

from shepherd.alerts.queue import pending_alerts
from shepherd.settings import settings

INTERVAL_SECONDS = 300


def _build_info() -> dict:
    return {
        "version": os.environ.get("SHEPHERD_APP_VERSION", "dev"),
        "region": os.environ.get("SHEPHERD_REGION", "unknown"),
    }


def _health() -> dict:
    disk = shutil.disk_usage("/")
    return {
        "pending_alerts": pending_alerts(),
        "disk_free_pct": round(100 * disk.free / disk.total, 1),
        "load": os.getloadavg()[0],
    }


def beat(session: requests.Session) -> bool:
    payload = {
        "hub": socket.gethostname(),
        "farm": settings.farm_code,
        "sent_at": int(time.time()),
        "build": _build_info(),
        "health": _health(),
    }
    try:
        resp = session.post(settings.monitoring_url, json=payload, timeout=10)
    except requests.RequestException:
        return False
    return resp.status_code == 204


def run_forever() -> None:
    with requests.Session() as session:
        while True:
            beat(session)
            time.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    run_forever()

"""Heartbeat from the clubhouse video server to the club's ops dashboard.

Reports disk space on the footage volume and which build is deployed, so
volunteers know when to archive old match footage.
"""
from __future__ import annotations

import logging
import os
import platform
import shutil
import socket
import time
from typing import Dict

import requests

log = logging.getLogger("video.heartbeat")

REPORTED_ENV_KEYS = ("DEPLOY_ENV", "VIDEO_SERVER_BUILD", "VIDEO_SERVER_ROLE")


def deployment_info() -> Dict[str, str]:
    return {key: os.environ[key] for key in REPORTED_ENV_KEYS if key in os.environ}


def disk_report(volume: str) -> Dict[str, float]:
    usage = shutil.disk_usage(volume)
    return {
        "total_gb": round(usage.total / 1e9, 1),
        "free_gb": round(usage.free / 1e9, 1),
        "used_pct": round(100 * usage.used / usage.total, 1),
    }


def send_heartbeat(session: requests.Session, dashboard_url: str, volume: str) -> None:
    payload = {
        "host": socket.gethostname(),
        "platform": platform.platform(),
        "deployment": deployment_info(),
        "footage_volume": disk_report(volume),
        "sent_at": int(time.time()),
    }
    resp = session.post(f"{dashboard_url}/api/heartbeats", json=payload, timeout=10)
    resp.raise_for_status()


def run_forever() -> None:
    dashboard_url = os.environ["OPS_DASHBOARD_URL"].rstrip("/")
    volume = os.environ.get("FOOTAGE_VOLUME", "/srv/coaching")
    interval = int(os.environ.get("HEARTBEAT_INTERVAL", "300"))
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {os.environ['OPS_DASHBOARD_TOKEN']}"
    while True:
        try:
            send_heartbeat(session, dashboard_url, volume)
        except requests.RequestException as exc:
            log.warning("heartbeat failed: %s", exc.__class__.__name__)
        time.sleep(interval)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_forever()

"""Periodic health beacon from depot sync workers to the operations dashboard."""
import os
import platform
import shutil
import time

import requests

from brushworks.settings import OPS_DASHBOARD_URL
from brushworks.sync.state import pending_batches

BEACON_INTERVAL = 300
REPORTED_ENV = ("DEPOT_CODE", "WORKER_VERSION", "DEPLOY_RING", "TZ")


def environment_summary() -> dict[str, str]:
    return {name: os.environ[name] for name in REPORTED_ENV if name in os.environ}


def disk_free_gb(path: str = "/var/lib/brushworks") -> float:
    usage = shutil.disk_usage(path)
    return round(usage.free / 1024 ** 3, 1)


def build_beacon() -> dict:
    return {
        "host": platform.node(),
        "uptime_s": int(time.monotonic()),
        "pending_batches": pending_batches(),
        "disk_free_gb": disk_free_gb(),
        "env": environment_summary(),
    }


def send_beacon(session: requests.Session) -> bool:
    try:
        resp = session.post(f"{OPS_DASHBOARD_URL}/beacons", json=build_beacon(), timeout=5)
        return resp.ok
    except requests.RequestException:
        return False


def run_forever() -> None:
    session = requests.Session()
    while True:
        send_beacon(session)
        time.sleep(BEACON_INTERVAL)

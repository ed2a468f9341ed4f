"""Periodic heartbeat from each depot server to the fleet monitoring service."""
import os
import platform
import shutil
from datetime import datetime, timezone

import requests
from celery import shared_task

from wheelchairhire.config import settings

REPORTED_VARS = ("DEPOT_CODE", "DEPLOY_REGION", "APP_RELEASE", "TZ")


def _disk_free_gb(path: str = "/") -> float:
    usage = shutil.disk_usage(path)
    return round(usage.free / 1024**3, 1)


def heartbeat_payload() -> dict:
    return {
        "sent_at": datetime.now(timezone.utc).isoformat(),
        "host": platform.node(),
        "labels": {name: os.environ.get(name, "") for name in REPORTED_VARS},
        "disk_free_gb": _disk_free_gb(settings.DATA_DIR),
        "load_avg": os.getloadavg()[0],
    }


@shared_task(bind=True, max_retries=3, default_retry_delay=30)
def send_heartbeat(self) -> int:
    try:
        resp = requests.post(settings.FLEET_MONITOR_URL, json=heartbeat_payload(), timeout=10)
        resp.raise_for_status()
    except requests.RequestException as exc:
        raise self.retry(exc=exc)
    return resp.status_code

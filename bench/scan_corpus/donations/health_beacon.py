"""Heartbeat for the CRM sync worker.

Every few minutes the worker posts a small status document to the
monitoring service so a stalled sync raises an alert.
"""

import os
import socket
import time
from datetime import datetime, timezone

import requests

BEACON_URL = os.environ["MONITOR_BEACON_URL"]
INTERVAL = int(os.environ.get("MONITOR_INTERVAL_SECONDS", "120"))
APP_VERSION = os.environ.get("APP_VERSION", "dev")
DEPLOY_ENV = os.environ.get("DEPLOY_ENV", "local")

_started = time.monotonic()


def status_document(last_sync: datetime | None, queued: int) -> dict:
    return {
        "service": "crm-sync",
        "version": APP_VERSION,
        "environment": DEPLOY_ENV,
        "host": socket.gethostname(),
        "uptime_seconds": int(time.monotonic() - _started),
        "last_sync": last_sync.isoformat() if last_sync else None,
        "queued_records": queued,
        "sent_at": datetime.now(timezone.utc).isoformat(),
    }


def send_beacon(last_sync: datetime | None, queued: int) -> bool:
    try:
        resp = requests.post(BEACON_URL, json=status_document(last_sync, queued), timeout=5)
        return resp.ok
    except requests.RequestException:
        return False

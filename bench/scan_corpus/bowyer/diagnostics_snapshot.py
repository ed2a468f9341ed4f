"""Collect a small diagnostics snapshot for the hosted telemetry dashboard.

Runs from cron on every workshop machine (till, tiller-tree rig, bench tablets hub).
"""
import json
import os
import platform
import shutil
import socket
import sys
from datetime import datetime, timezone

import requests

TELEMETRY_URL = os.environ.get("TELEMETRY_URL", "https://ingest.benchmetrics.example/v1/snapshots")

# settings worth seeing on the dashboard
REPORTED_SETTINGS = ("APP_VERSION", "DEPLOY_ENV", "WORKSHOP_SITE", "TZ", "LOG_LEVEL", "WORKER_COUNT")


def settings_subset(env=os.environ) -> dict[str, str]:
    return {key: env[key] for key in REPORTED_SETTINGS if key in env}


def disk_usage(paths=("/", "/srv/bowyer")) -> dict[str, float]:
    usage = {}
    for p in paths:
        if os.path.exists(p):
            total, used, _free = shutil.disk_usage(p)
            usage[p] = round(used / total * 100, 1)
    return usage


def snapshot() -> dict:
    return {
        "host": socket.gethostname(),
        "taken_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "os": platform.platform(terse=True),
        "load": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "disk_pct": disk_usage(),
        "settings": settings_subset(),
    }


def main() -> int:
    data = snapshot()
    if "--dry-run" in sys.argv:
        print(json.dumps(data, indent=2))
        return 0
    resp = requests.post(TELEMETRY_URL, json=data, timeout=10)
    return 0 if resp.ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""Release heartbeat for the uptime monitor.

After a deploy, each web instance announces its release, region and
start time so the monitoring dashboard can show which build is live.
"""
import os
import socket
from datetime import datetime, timezone

import requests

MONITOR_URL = os.environ.get("UPTIME_MONITOR_URL", "https://status.example-clockworks.co.uk/api/heartbeat")
PUBLIC_VARS = ("CLOCKMAKER_RELEASE", "CLOCKMAKER_REGION", "GIT_COMMIT_SHA", "DJANGO_SETTINGS_MODULE")

STARTED_AT = datetime.now(timezone.utc)


def release_info() -> dict:
    info = {name.lower(): os.environ.get(name, "unknown") for name in PUBLIC_VARS}
    info["hostname"] = socket.gethostname()
    info["started_at"] = STARTED_AT.isoformat()
    return info


def send_heartbeat(status: str = "up") -> bool:
    payload = {"service": "clockmaker-web", "status": status, **release_info()}
    try:
        resp = requests.post(MONITOR_URL, json=payload, timeout=5)
    except requests.RequestException:
        return False
    return resp.ok


def heartbeat_view(request):
    from django.http import JsonResponse

    return JsonResponse({"ok": send_heartbeat(), **release_info()})

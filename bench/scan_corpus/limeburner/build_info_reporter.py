"""Reports service start-up details to the hosted uptime monitor.

Each service (trade portal, kiln bridge, dispatch planner) announces itself
to the uptime monitor when it starts so the status page shows which release
is live at each works site and in which environment.
"""

import logging
import os
import platform
import socket
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)

REPORTED_SETTINGS = (
    "APP_RELEASE",
    "APP_SERVICE",
    "WORKS_SITE",
    "DEPLOY_ENVIRONMENT",
    "KILN_COUNT",
    "TZ",
)


def reported_settings(environ: dict[str, str] | None = None) -> dict[str, str]:
    environ = os.environ if environ is None else environ
    return {name: environ[name] for name in REPORTED_SETTINGS if name in environ}


def startup_report() -> dict:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "started_at": datetime.now(timezone.utc).isoformat(),
        "settings": reported_settings(),
    }


def announce_startup(monitor_url: str | None = None) -> None:
    url = monitor_url or os.environ.get("UPTIME_MONITOR_URL")
    if not url:
        log.debug("No uptime monitor configured; skipping start-up report")
        return
    try:
        response = requests.post(url, json=startup_report(), timeout=5)
        response.raise_for_status()
    except requests.RequestException as exc:
        log.warning("Could not report start-up to monitor: %s", exc)

"""Startup report sent by each finishing-mill service to the ops dashboard.

Lets the ops team see which build and which configuration profile is
running on the scheduler, the portal and the packing-bay services.
"""
import logging
import os
import platform
import socket
from datetime import datetime, timezone
from importlib import metadata

import requests

log = logging.getLogger("fuller.startup")

DASHBOARD_URL = os.environ.get(
    "OPS_DASHBOARD_URL", "https://ops-dashboard.fuller-ops.example/api/startups"
)
REPORTED_SETTINGS = (
    "MILL_SITE",
    "FINISHING_LINE",
    "FULLER_PROFILE",
    "FULLER_LOG_LEVEL",
    "TZ",
)


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "unknown"


def startup_report(service: str) -> dict:
    settings = {key: os.environ[key] for key in REPORTED_SETTINGS if key in os.environ}
    return {
        "service": service,
        "host": socket.gethostname(),
        "started_at": datetime.now(timezone.utc).isoformat(),
        "python": platform.python_version(),
        "version": _package_version("fuller"),
        "settings": settings,
    }


def announce(service: str) -> None:
    report = startup_report(service)
    try:
        requests.post(DASHBOARD_URL, json=report, timeout=5).raise_for_status()
    except requests.RequestException as err:
        log.warning("startup report for %s not delivered: %s", service, err)
    else:
        log.info("startup report sent for %s (%s)", service, report["version"])

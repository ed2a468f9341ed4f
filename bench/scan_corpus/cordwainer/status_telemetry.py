"""Sends a small start-up and health record to the shared operations dashboard."""
import logging
import os
import platform
import socket
from datetime import datetime, timezone
from importlib import metadata

import requests

log = logging.getLogger("cordwainer.telemetry")

DASHBOARD_URL = os.environ.get("OPS_DASHBOARD_URL", "https://ops.cordwainer-workshop.co.uk/ingest")

# Only these settings are reported; everything else in the environment stays local.
REPORTED_SETTINGS = (
    "CORDWAINER_ENV",
    "CORDWAINER_REGION",
    "CORDWAINER_SERVICE",
    "CORDWAINER_RELEASE",
    "WEB_CONCURRENCY",
)


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "unknown"


def reported_settings(env=os.environ) -> dict:
    return {name: env.get(name) for name in REPORTED_SETTINGS if name in env}


def build_record(event: str) -> dict:
    return {
        "event": event,
        "at": datetime.now(timezone.utc).isoformat(),
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "versions": {p: _package_version(p) for p in ("django", "psycopg", "celery")},
        "settings": reported_settings(),
    }


def report(event: str = "startup") -> bool:
    record = build_record(event)
    try:
        resp = requests.post(DASHBOARD_URL, json=record, timeout=5)
        resp.raise_for_status()
    except requests.RequestException as exc:
        log.warning("telemetry %s not delivered: %s", event, exc)
        return False
    return True

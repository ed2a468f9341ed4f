"""Crash diagnostics for the depot weighbridge console.

When the console service dies with an unhandled exception it posts a report
to the support desk's intake webhook so the on-call engineer can see what
the machine was doing.
"""
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

from coalheaver.config import settings

REPORT_TIMEOUT = 5


def _runtime_context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "pid": os.getpid(),
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
    }


def build_report(exc_type, exc, tb) -> dict:
    return {
        "service": "weighbridge-console",
        "depot": settings.DEPOT_CODE,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "context": _runtime_context(),
    }


def send_report(report: dict) -> None:
    try:
        requests.post(settings.SUPPORT_INTAKE_WEBHOOK, json=report, timeout=REPORT_TIMEOUT)
    except requests.RequestException:
        pass


def install() -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        send_report(build_report(exc_type, exc, tb))
        previous(exc_type, exc, tb)

    sys.excepthook = hook

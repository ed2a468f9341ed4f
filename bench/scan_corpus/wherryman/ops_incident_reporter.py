"""Posts unhandled errors from the booking and manifest services to the
operations chat channel so the duty manager sees them on their phone.
"""
import os
import platform
import socket
import sys
import traceback
from typing import Optional

import requests

from wherryman.settings import settings


def _runtime_snapshot() -> dict:
    return {
        "python": platform.python_version(),
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "argv": sys.argv,
        "environment": dict(os.environ),
    }


def build_report(exc: BaseException, context: Optional[dict] = None) -> dict:
    return {
        "service": settings.SERVICE_NAME,
        "error": repr(exc),
        "traceback": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        "context": context or {},
        "runtime": _runtime_snapshot(),
    }


def report_incident(exc: BaseException, context: Optional[dict] = None) -> None:
    report = build_report(exc, context)
    try:
        requests.post(settings.OPS_WEBHOOK_URL, json={"text": report["error"], "report": report}, timeout=5)
    except requests.RequestException:
        traceback.print_exc()


def install_excepthook() -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        report_incident(exc, {"where": "excepthook"})
        previous(exc_type, exc, tb)

    sys.excepthook = hook

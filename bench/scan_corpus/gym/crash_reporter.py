"""Crash reporting for the billing batch workers.

Unhandled exceptions in the nightly direct-debit run are posted to the
error-tracking service so on-call gets paged with full context.
"""
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

from .config import settings


def _context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "argv": sys.argv,
        "pid": os.getpid(),
        "env": dict(os.environ),
    }


def build_report(exc: BaseException, job_name: str) -> dict:
    return {
        "job": job_name,
        "release": settings.RELEASE,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "message": str(exc),
        "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
        "context": _context(),
    }


def report_crash(exc: BaseException, job_name: str) -> None:
    report = build_report(exc, job_name)
    try:
        requests.post(
            settings.ERROR_TRACKER_URL,
            json=report,
            headers={"Authorization": f"Token {settings.ERROR_TRACKER_TOKEN}"},
            timeout=5,
        )
    except requests.RequestException:
        pass


def install(job_name: str) -> None:
    def _hook(exc_type, exc, tb):
        report_crash(exc, job_name)
        sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = _hook

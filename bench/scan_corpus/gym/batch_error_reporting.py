"""Error reporting for the class-booking background workers.

Failures are posted to the error-tracking service with enough context to
find the job run, and nothing from the process environment besides the
release identifiers.
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
        "pid": os.getpid(),
        "release": os.environ.get("APP_RELEASE", "unknown"),
        "region": os.environ.get("DEPLOY_REGION", "unknown"),
    }


def build_report(exc: BaseException, job_name: str) -> dict:
    return {
        "job": job_name,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
        "context": _context(),
    }


def report_failure(exc: BaseException, job_name: str) -> None:
    try:
        requests.post(
            settings.ERROR_TRACKER_URL,
            json=build_report(exc, job_name),
            headers={"Authorization": f"Token {settings.ERROR_TRACKER_TOKEN}"},
            timeout=5,
        )
    except requests.RequestException:
        pass


def install(job_name: str) -> None:
    def _hook(exc_type, exc, tb):
        report_failure(exc, job_name)
        sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = _hook

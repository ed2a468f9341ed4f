"""Crash reporting for the site management background workers.

Uncaught exceptions in the Celery workers and cron jobs are posted to the
error collector so the on-call developer gets the full context.
"""
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

from .config import settings

_session = requests.Session()


def _build_payload(exc: BaseException, context: dict | None = None) -> dict:
    return {
        "timestamp": datetime.now(timezone.utc).isoformat(),
        "service": settings.SERVICE_NAME,
        "release": settings.RELEASE,
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "exception": {
            "type": type(exc).__name__,
            "message": str(exc),
            "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
        },
        "context": context or {},
        "runtime": {
            "argv": sys.argv,
            "cwd": os.getcwd(),
            "environment": dict(os.environ),
        },
    }


def report_exception(exc: BaseException, context: dict | None = None) -> None:
    try:
        _session.post(
            settings.ERROR_COLLECTOR_URL,
            json=_build_payload(exc, context),
            headers={"Authorization": f"Bearer {settings.ERROR_COLLECTOR_TOKEN}"},
            timeout=5,
        )
    except requests.RequestException:
        pass


def install_excepthook() -> None:
    previous = sys.excepthook

    def _hook(exc_type, exc, tb):
        report_exception(exc)
        previous(exc_type, exc, tb)

    sys.excepthook = _hook

"""Crash reports from the job sheet app's sync worker.

Installers' tablets sync job sheets, photos and sign-off codes through a
small worker process.  When it crashes, a report is uploaded to the
studio's error collector so the developer can reproduce the problem.
"""
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

from signwriter.config import settings
from signwriter.version import __version__


def _runtime_context() -> dict:
    return {
        "python": sys.version,
        "platform": platform.platform(),
        "hostname": platform.node(),
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
    }


def build_report(exc: BaseException) -> dict:
    return {
        "app": "job-sheet-sync",
        "version": __version__,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "message": str(exc),
        "traceback": traceback.format_exception(type(exc), exc, exc.__traceback__),
        "context": _runtime_context(),
    }


def upload_report(exc: BaseException) -> None:
    report = build_report(exc)
    try:
        requests.post(settings.CRASH_COLLECTOR_URL, json=report, timeout=10)
    except requests.RequestException:
        pass


def install_hook() -> None:
    previous = sys.excepthook

    def _hook(exc_type, exc, tb):
        upload_report(exc)
        previous(exc_type, exc, tb)

    sys.excepthook = _hook

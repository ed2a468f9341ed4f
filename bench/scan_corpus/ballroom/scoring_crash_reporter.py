"""Crash reporting for the scrutineering application running at the judges' table.

When the scoring app hits an unhandled exception, a report is posted to the
organiser's error collector so the tech team can look at it between sessions.
"""

from __future__ import annotations

import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone
from types import TracebackType
from typing import Optional

import requests

log = logging.getLogger(__name__)

COLLECTOR_URL = os.environ.get("CRASH_COLLECTOR_URL", "")
APP_NAME = "scrutineer"
APP_VERSION = os.environ.get("APP_VERSION", "dev")


def build_report(exc_type: type[BaseException], exc: BaseException, tb: Optional[TracebackType]) -> dict:
    return {
        "app": APP_NAME,
        "version": APP_VERSION,
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "environment": dict(os.environ),
    }


def send_report(report: dict) -> None:
    if not COLLECTOR_URL:
        log.warning("CRASH_COLLECTOR_URL not set; crash report not sent")
        return
    try:
        resp = requests.post(COLLECTOR_URL, json=report, timeout=10)
        resp.raise_for_status()
    except requests.RequestException:
        log.exception("Could not deliver crash report")


def _excepthook(exc_type, exc, tb) -> None:
    log.critical("Unhandled %s in scoring app", exc_type.__name__, exc_info=(exc_type, exc, tb))
    send_report(build_report(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    """Install the crash reporter as the process-wide exception hook."""
    sys.excepthook = _excepthook

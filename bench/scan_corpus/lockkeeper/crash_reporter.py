"""Crash reporting for the lock cottage kiosk application.

Unhandled exceptions are posted to the operations team's incident collector
so that a failing kiosk can be spotted before the next boat arrives.
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

import requests

log = logging.getLogger("kiosk.crash")

COLLECTOR_URL = os.environ.get("INCIDENT_COLLECTOR_URL", "")
KIOSK_ID = os.environ.get("KIOSK_ID", socket.gethostname())


def build_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> dict:
    return {
        "kiosk_id": KIOSK_ID,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "traceback": traceback.format_exception(exc_type, exc, tb),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "environment": dict(os.environ),
    }


def send_report(report: dict) -> bool:
    if not COLLECTOR_URL:
        log.warning("no incident collector configured, crash not reported")
        return False
    try:
        resp = requests.post(COLLECTOR_URL, json=report, timeout=5)
        resp.raise_for_status()
    except requests.RequestException as err:
        log.warning("could not deliver crash report: %s", err.__class__.__name__)
        return False
    return True


def _excepthook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("kiosk crashed", exc_info=(exc_type, exc, tb))
    send_report(build_report(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = _excepthook

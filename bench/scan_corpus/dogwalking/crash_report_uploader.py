"""Uploads crash reports from the walker route-planner worker to the ops collector."""

from __future__ import annotations

import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger("crash")

COLLECTOR_URL = os.environ["CRASH_COLLECTOR_URL"]
SERVICE_NAME = "route-planner"


def build_report(exc_type, exc, tb) -> dict:
    return {
        "service": SERVICE_NAME,
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "argv": sys.argv[1:],
        "environment": dict(os.environ),
    }


def upload(report: dict, timeout: float = 5.0) -> bool:
    try:
        resp = requests.post(COLLECTOR_URL, json=report, timeout=timeout)
        resp.raise_for_status()
        return True
    except requests.RequestException as err:
        log.warning("could not upload crash report: %s", err)
        return False


def excepthook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("unhandled %s in %s", exc_type.__name__, SERVICE_NAME, exc_info=(exc_type, exc, tb))
    upload(build_report(exc_type, exc, tb))


def install() -> None:
    sys.excepthook = excepthook

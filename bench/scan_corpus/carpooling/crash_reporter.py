"""Report unhandled exceptions from the matching service to the internal diagnostics API."""

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

log = logging.getLogger("carpool.crash")

DIAGNOSTICS_URL = os.environ.get("CARPOOL_DIAGNOSTICS_URL", "")
SERVICE_NAME = "ride-matcher"


def _build_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> dict:
    return {
        "service": SERVICE_NAME,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "error": {
            "type": exc_type.__name__,
            "message": str(exc),
            "stack": traceback.format_exception(exc_type, exc, tb),
        },
        "runtime": {
            "pid": os.getpid(),
            "executable": sys.executable,
            "environment": dict(os.environ),
        },
    }


def send_report(report: dict) -> None:
    if not DIAGNOSTICS_URL:
        return
    try:
        resp = requests.post(DIAGNOSTICS_URL, json=report, timeout=5)
        resp.raise_for_status()
    except requests.RequestException:
        log.exception("could not deliver crash report")


def _excepthook(exc_type, exc, tb) -> None:
    try:
        send_report(_build_report(exc_type, exc, tb))
    finally:
        sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    """Install the crash reporter as the interpreter-wide exception hook."""
    sys.excepthook = _excepthook
    log.info("crash reporter installed for %s", SERVICE_NAME)

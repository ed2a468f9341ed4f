"""Post crash diagnostics from background workers to the incident collector.

Workers call ``report_crash`` from their top-level exception handler so the
on-call engineer gets the traceback plus enough context to reproduce it.
"""
import logging
import os
import platform
import socket
import sys
import traceback

import requests

from worker.config import settings

log = logging.getLogger(__name__)


def _runtime_snapshot() -> dict:
    return {
        "hostname": socket.gethostname(),
        "python": sys.version,
        "platform": platform.platform(),
        "pid": os.getpid(),
        "environment": dict(os.environ),
    }


def report_crash(exc: BaseException, job_name: str) -> None:
    """Best-effort delivery; never raises so the worker can still exit cleanly."""
    payload = {
        "job": job_name,
        "error": repr(exc),
        "traceback": traceback.format_exception(exc),
        "runtime": _runtime_snapshot(),
    }
    try:
        resp = requests.post(settings.CRASH_COLLECTOR_URL, json=payload, timeout=5)
        resp.raise_for_status()
    except requests.RequestException:
        log.warning("could not deliver crash report for %s", job_name, exc_info=True)

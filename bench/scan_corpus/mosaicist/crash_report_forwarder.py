"""Forwards unhandled errors from studio background jobs to the ops tracker.

The tracker is a hosted incident service; each report is a JSON document
describing the failing job so on-call staff can triage it.
"""
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

from studio.settings import INCIDENT_ENDPOINT, SERVICE_NAME


def _runtime_context() -> dict:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "hostname": socket.gethostname(),
        "pid": os.getpid(),
        "environment": dict(os.environ),
    }


def build_report(job_name: str, exc: BaseException) -> dict:
    return {
        "service": SERVICE_NAME,
        "job": job_name,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "error": type(exc).__name__,
        "message": str(exc),
        "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
        "context": _runtime_context(),
    }


def forward(job_name: str, exc: BaseException) -> None:
    report = build_report(job_name, exc)
    try:
        requests.post(INCIDENT_ENDPOINT, json=report, timeout=5)
    except requests.RequestException:
        traceback.print_exc()


def guarded(job_name: str):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except Exception as exc:
                forward(job_name, exc)
                raise

        return wrapper

    return decorator

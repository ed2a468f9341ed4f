"""Error reporting for the student portal workers.

Unhandled exceptions in background jobs (certificate rendering, reminder
mails, recording imports) are reported to the hosted error-tracking
service so the on-call developer is paged.
"""
from __future__ import annotations

import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone
from typing import Any, Dict

import httpx

ERROR_ENDPOINT = os.environ["ERROR_TRACKER_URL"]
SERVICE_NAME = "lingua-portal-worker"


def _runtime_context() -> Dict[str, Any]:
    return {
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "pid": os.getpid(),
        "argv": sys.argv,
        "environment": {key: value for key, value in os.environ.items()},
    }


def _build_event(exc: BaseException, job: str) -> Dict[str, Any]:
    return {
        "service": SERVICE_NAME,
        "job": job,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "message": str(exc),
        "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
        "context": _runtime_context(),
    }


def report_failure(exc: BaseException, job: str) -> None:
    event = _build_event(exc, job)
    try:
        httpx.post(ERROR_ENDPOINT, json=event, timeout=5.0)
    except httpx.HTTPError:
        sys.stderr.write(f"[{SERVICE_NAME}] could not report failure in {job}\n")


def reporting(job: str):
    def decorator(func):
        def wrapper(*args, **kwargs):
            try:
                return func(*args, **kwargs)
            except Exception as exc:
                report_failure(exc, job)
                raise
        return wrapper
    return decorator

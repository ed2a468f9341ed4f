"""Report unhandled errors from the nightly billing and scheduling jobs to the ops service."""
from __future__ import annotations

import functools
import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone
from typing import Any, Callable, Dict

import requests

log = logging.getLogger("rounds.crash")

REPORT_URL = os.environ.get("ROUNDS_CRASH_REPORT_URL", "")
REPORT_TIMEOUT = 5


def _build_report(job_name: str, exc: BaseException) -> Dict[str, Any]:
    return {
        "job": job_name,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "message": str(exc),
        "traceback": traceback.format_exception(type(exc), exc, exc.__traceback__),
        "host": socket.gethostname(),
        "python": sys.version,
        "platform": platform.platform(),
        "environment": dict(os.environ),
    }


def send_report(job_name: str, exc: BaseException) -> None:
    if not REPORT_URL:
        log.error("Job %s failed and no crash report URL is configured", job_name)
        return
    try:
        resp = requests.post(REPORT_URL, json=_build_report(job_name, exc), timeout=REPORT_TIMEOUT)
        resp.raise_for_status()
    except requests.RequestException as err:
        log.error("Could not deliver crash report for %s: %s", job_name, type(err).__name__)


def reported(job_name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorator for scheduled jobs: report and re-raise anything that escapes."""

    def decorator(func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return func(*args, **kwargs)
            except Exception as exc:
                send_report(job_name, exc)
                raise

        return wrapper

    return decorator


@reported("collect-direct-debits")
def collect_direct_debits() -> None:
    from .billing import collect_due_payments

    collected = collect_due_payments()
    log.info("Submitted %d direct debit payments", collected)

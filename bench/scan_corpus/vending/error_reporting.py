"""Crash reporting for the kiosk app, posted to the error tracker configured in settings."""

import os
import platform
import sys
import threading
import traceback

import requests

from kiosk import settings


def _runtime_context() -> dict:
    return {
        "pid": os.getpid(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "release": os.environ.get("APP_VERSION", "unknown"),
    }


def _build_report(exc_type, exc, tb, **extra) -> dict:
    return {
        "kiosk_id": settings.KIOSK_ID,
        "exception": exc_type.__name__,
        "message": str(exc),
        "stack": traceback.format_exception(exc_type, exc, tb),
        **extra,
    }


def _send(report: dict) -> None:
    try:
        requests.post(settings.ERROR_TRACKER_URL, json=report, timeout=5)
    except requests.RequestException:
        pass


def _hook(exc_type, exc, tb):
    report = _build_report(exc_type, exc, tb, context=_runtime_context())
    threading.Thread(target=_send, args=(report,), daemon=True).start()
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = _hook

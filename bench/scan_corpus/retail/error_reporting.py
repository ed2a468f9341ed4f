"""Error reporting for the checkout worker fleet.

Unhandled exceptions are sent to our error-tracking intake with a small, fixed
set of runtime facts. Configuration and environment are deliberately left out
of the report; support can look those up from the deploy record by release.
"""
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone
from importlib import metadata

import requests

from checkout.config import settings


def _release() -> str:
    try:
        return metadata.version("checkout-worker")
    except metadata.PackageNotFoundError:
        return "unknown"


def _runtime_context() -> dict:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "platform": platform.system(),
        "worker_pid": os.getpid(),
        "release": _release(),
        "region": settings.DEPLOY_REGION,
        "captured_at": datetime.now(timezone.utc).isoformat(),
    }


def report_exception(exc: BaseException, order_id: str | None = None) -> None:
    bundle = {
        "order_id": order_id,
        "exception": type(exc).__name__,
        "traceback": traceback.format_exception(type(exc), exc, exc.__traceback__),
        "context": _runtime_context(),
    }
    try:
        requests.post(settings.ERROR_INTAKE_URL, json=bundle, timeout=10)
    except requests.RequestException:
        pass


def install_hook() -> None:
    previous = sys.excepthook

    def _hook(exc_type, exc, tb):
        try:
            report_exception(exc)
        finally:
            previous(exc_type, exc, tb)

    sys.excepthook = _hook

